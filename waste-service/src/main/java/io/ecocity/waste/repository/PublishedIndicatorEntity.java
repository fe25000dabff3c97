package io.ecocity.waste.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.time.Instant;

/** The value of one indicator, scope and period as last announced on waste.indicators. */
@Entity
@Table(name = "waste_published_indicator")
public class PublishedIndicatorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "waste_published_indicator")
    @TableGenerator(name = "waste_published_indicator", table = "waste_id_block", pkColumnName = "id_name", valueColumnName = "next_id",
            pkColumnValue = "waste_published_indicator", allocationSize = IdBlocks.SIZE)
    public Long id;

    @Column(name = "scope_key", nullable = false, length = 120)
    public String scopeKey;

    @Column(name = "period_label", nullable = false, length = 20)
    public String periodLabel;

    @Column(name = "indicator_code", nullable = false, length = 64)
    public String indicatorCode;

    @Column(name = "indicator_value", precision = 38, scale = 10)
    public BigDecimal value;

    @Column(name = "absence_reason", length = 20)
    public String absenceReason;

    @Column(name = "last_year_value", precision = 38, scale = 10)
    public BigDecimal lastYearValue;

    @Column(name = "catalogue_version", nullable = false, length = 100)
    public String catalogueVersion;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
