package io.ecocity.air.repository.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A year's air-quality targets of the city or of one town; a null column is no target for that indicator. */
@Entity
@Table(name = "air_annual_target")
@IdClass(AnnualTargetEntity.Key.class)
public class AnnualTargetEntity {

    @Id
    @Column(name = "target_year")
    public int year;

    /** CITY or TOWN. */
    @Id
    public String scope;

    /** CITY, or the town's name. */
    @Id
    @Column(name = "scope_id")
    public String scopeId;

    @Column(name = "pm25_mean")
    public BigDecimal pm25Mean;

    @Column(name = "good_day_ratio")
    public BigDecimal goodDayRatio;

    @Column(name = "composite_index")
    public BigDecimal compositeIndex;

    @Column(name = "o3_p90")
    public BigDecimal o3P90;

    @Column(name = "heavy_pollution_days")
    public Integer heavyPollutionDays;

    public long revision;

    /** Checked and incremented by every update (optimistic locking): a concurrent update fails instead of overwriting. */
    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static class Key implements Serializable {
        public int year;
        public String scope;
        public String scopeId;

        public Key() {
        }

        public Key(int year, String scope, String scopeId) {
            this.year = year;
            this.scope = scope;
            this.scopeId = scopeId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && year == k.year && Objects.equals(scope, k.scope)
                    && Objects.equals(scopeId, k.scopeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, scope, scopeId);
        }
    }
}
