package io.ecocity.air.repository.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The statistics' view of {@code air_daily_value}, the input contract written by the daily assessment. The
 * statistics only read it; the tests write it to stand in for that assessment.
 */
@Entity(name = "StatisticsDailyValue")
@Table(name = "air_daily_value")
@IdClass(StatisticsDailyValueEntity.Key.class)
public class StatisticsDailyValueEntity {

    @Id
    public String scope;

    @Id
    @Column(name = "scope_id")
    public String scopeId;

    @Id
    public LocalDate day;

    public String town;

    public String edition;

    public BigDecimal so2;
    public BigDecimal no2;
    public BigDecimal pm10;
    public BigDecimal pm25;
    public BigDecimal co;

    @Column(name = "o3_8h")
    public BigDecimal o38h;

    @Column(name = "o3_1h")
    public BigDecimal o31h;

    @Column(name = "so2_coverage")
    public int so2Coverage;
    @Column(name = "no2_coverage")
    public int no2Coverage;
    @Column(name = "pm10_coverage")
    public int pm10Coverage;
    @Column(name = "pm25_coverage")
    public int pm25Coverage;
    @Column(name = "co_coverage")
    public int coCoverage;
    @Column(name = "o3_8h_coverage")
    public int o38hCoverage;
    @Column(name = "o3_1h_coverage")
    public int o31hCoverage;

    public Integer aqi;

    @Column(name = "aqi_level")
    public Integer aqiLevel;

    @Column(name = "primary_pollutants")
    public String primaryPollutants;

    public long revision;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static class Key implements Serializable {
        public String scope;
        public String scopeId;
        public LocalDate day;

        public Key() {
        }

        public Key(String scope, String scopeId, LocalDate day) {
            this.scope = scope;
            this.scopeId = scopeId;
            this.day = day;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(scope, k.scope) && Objects.equals(scopeId, k.scopeId)
                    && Objects.equals(day, k.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, scopeId, day);
        }
    }
}
