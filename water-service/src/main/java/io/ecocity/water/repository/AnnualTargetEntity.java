package io.ecocity.water.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "water_annual_target")
public class AnnualTargetEntity {

    /** Checked and incremented by every update (optimistic locking): a concurrent update fails instead of overwriting. */
    @jakarta.persistence.Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    @Id
    @Column(name = "target_year")
    public Integer year;

    @Column(name = "good_share_percent_at_least")
    public BigDecimal goodSharePercentAtLeast;

    @Column(name = "worse_than_v_allowed")
    public int worseThanVAllowed;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
