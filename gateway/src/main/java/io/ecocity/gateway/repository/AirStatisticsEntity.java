package io.ecocity.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The latest year-to-date HJ 663 statistics of the city, a town or a station for one year. */
@Entity
@Table(name = "air_statistics")
public class AirStatisticsEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String scope;

    @Column(name = "scope_key")
    public String scopeKey;

    public String town;

    @Column(name = "station_id")
    public String stationId;

    @Column(name = "stat_year")
    public int statYear;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    @Column(name = "composite_index")
    public BigDecimal compositeIndex;

    @Column(name = "composite_index_last_year")
    public BigDecimal compositeIndexLastYear;

    @Column(name = "composite_index_improvement")
    public BigDecimal compositeIndexImprovementPercent;

    @Column(name = "primary_composite_pollutant")
    public String primaryCompositePollutant;

    @Column(name = "pm25_mean")
    public BigDecimal pm25Mean;

    @Column(name = "pm25_mean_last_year")
    public BigDecimal pm25MeanLastYear;

    @Column(name = "pm25_improvement")
    public BigDecimal pm25ImprovementPercent;

    @Column(name = "good_day_ratio")
    public BigDecimal goodDayRatioPercent;

    @Column(name = "good_day_ratio_last_year")
    public BigDecimal goodDayRatioLastYearPercent;

    @Column(name = "good_day_ratio_change")
    public BigDecimal goodDayRatioChangePoints;

    @Column(name = "o3_p90")
    public BigDecimal o3P90;

    @Column(name = "heavily_polluted_days")
    public int heavilyPollutedDays;

    @Column(name = "valid_days")
    public int validDays;

    @Column(name = "completeness_met")
    public boolean completenessMet;

    /** JSON array of {month, mean}, kept as the event stated it. */
    @Column(name = "monthly_pm25")
    public String monthlyPm25;

    /** JSON array of {date, aqi, level}: the last 30 days. */
    @Column(name = "daily_aqi")
    public String dailyAqi;

    @Column(name = "received_at")
    public Instant receivedAt;


    /** The time of the event (ce_time) this row holds; null for a row stored before it was kept. */
    @Column(name = "event_time")
    public Instant eventTime;

    public static Optional<AirStatisticsEntity> of(String scopeKey, int year) {
        return findByIdOptional(ViewKeys.of(scopeKey, Integer.toString(year)));
    }

    public static List<AirStatisticsEntity> ofScope(String scope, int year) {
        return list("scope = ?1 and statYear = ?2", scope, year);
    }
}
