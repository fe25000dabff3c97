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

/** The last target-progress event published for one target, to publish again only on a change. */
@Entity
@Table(name = "air_target_progress_published")
@IdClass(PublishedTargetProgressEntity.Key.class)
public class PublishedTargetProgressEntity {

    @Id
    @Column(name = "target_year")
    public int year;

    @Id
    @Column(name = "scope_key")
    public String scopeKey;

    @Id
    public String indicator;

    public String status;

    @Column(name = "remaining_allowance")
    public BigDecimal remainingAllowance;

    public String fingerprint;

    @Column(name = "as_of")
    public LocalDate asOf;

    @Column(name = "published_at")
    public Instant publishedAt;

    public static class Key implements Serializable {
        public int year;
        public String scopeKey;
        public String indicator;

        public Key() {
        }

        public Key(int year, String scopeKey, String indicator) {
            this.year = year;
            this.scopeKey = scopeKey;
            this.indicator = indicator;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && year == k.year && Objects.equals(scopeKey, k.scopeKey)
                    && Objects.equals(indicator, k.indicator);
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, scopeKey, indicator);
        }
    }
}
