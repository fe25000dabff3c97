package io.ecocity.air.repository.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A scope's published ranking figures of one calendar year, and the daily values they came from. */
@Entity
@Table(name = "air_ranking_figures")
public class RankingFiguresEntity {

    @Id
    @Column(name = "figures_key")
    public String key;

    public String scope;

    @Column(name = "scope_id")
    public String scopeId;

    @Column(name = "statistics_year")
    public int year;

    @Column(name = "composite_index")
    public BigDecimal compositeIndex;

    /** Comma-separated API names of the pollutants with the largest sub-index. */
    @Column(name = "largest_sub_index")
    public String largestSubIndex;

    @Column(name = "pm25_mean")
    public BigDecimal pm25Mean;

    @Column(name = "good_day_ratio")
    public BigDecimal goodDayRatio;

    @Column(name = "valid_aqi_days")
    public int validAqiDays;

    @Column(name = "completeness_met")
    public boolean completenessMet;

    @Column(name = "source_days")
    public int sourceDays;

    @Column(name = "source_updated_at")
    public Instant sourceUpdatedAt;

    public static String key(String scope, String scopeId, int year) {
        return scope + "|" + year + "|" + scopeId;
    }
}
