package io.ecocity.waste.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A yearly target of one indicator for the city ({@code town} null) or for one town. */
@Entity
@Table(name = "waste_target")
public class TargetEntity {

    /** Checked and incremented by every update (optimistic locking): a concurrent update fails instead of overwriting. */
    @jakarta.persistence.Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "target_year", nullable = false)
    public int year;

    @Column(name = "indicator_code", nullable = false, length = 64)
    public String indicatorCode;

    /** {@code CITY} or {@code TOWN:<town>}: one column for the natural key, since a null town cannot be unique. */
    @Column(name = "scope_key", nullable = false, length = 120)
    public String scopeKey;

    @Column(length = 100)
    public String town;

    @Column(name = "target_value", nullable = false, precision = 18, scale = 6)
    public BigDecimal targetValue;

    @Column(name = "set_by", nullable = false, length = 200)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;
}
