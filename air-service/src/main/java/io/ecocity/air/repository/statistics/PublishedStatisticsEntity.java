package io.ecocity.air.repository.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The last statistics event published for a scope, to publish again only on a change. */
@Entity
@Table(name = "air_statistics_published")
public class PublishedStatisticsEntity {

    @Id
    @Column(name = "scope_key")
    public String scopeKey;

    @Column(name = "statistics_year")
    public int year;

    public String fingerprint;

    @Column(name = "published_at")
    public Instant publishedAt;
}
