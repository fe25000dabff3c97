package io.ecocity.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When the last event of a domain (air, water, waste) reached the gateway. */
@Entity
@Table(name = "domain_freshness")
public class DomainFreshnessEntity extends PanacheEntityBase {

    @Id
    public String domain;

    @Column(name = "last_event_at")
    public Instant lastEventAt;

    @Column(name = "last_event_type")
    public String lastEventType;
}
