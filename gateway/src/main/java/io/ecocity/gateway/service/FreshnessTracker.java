package io.ecocity.gateway.service;

import io.ecocity.gateway.config.GatewayConfig;
import io.ecocity.gateway.repository.DomainFreshnessEntity;
import io.ecocity.gateway.rest.CityFigures.Freshness;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.events.ReceivedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Remembers, per domain, when its last event arrived, so the city view can say when a domain has gone quiet. */
@ApplicationScoped
public class FreshnessTracker {

    private final GatewayConfig config;
    private final ServiceHealth services;
    private final ViewVersion version;

    public FreshnessTracker(GatewayConfig config, ServiceHealth services, ViewVersion version) {
        this.config = config;
        this.services = services;
        this.version = version;
    }

    /** Every handler of a domain event calls this in the transaction that applies the event to the view. */
    public void heard(String domain, ReceivedEvent event) {
        version.changing();
        DomainFreshnessEntity entry = DomainFreshnessEntity.findById(domain);
        if (entry == null) {
            entry = new DomainFreshnessEntity();
            entry.domain = domain;
        }
        entry.lastEventAt = Instant.now();
        entry.lastEventType = event.type();
        entry.persist();
    }

    /**
     * Stale when nothing arrived within the domain's cadence, or when its service is known not to answer: then no
     * new event can come and the view shows the past, however recent its last event.
     */
    public Freshness of(String domain, Instant now) {
        Duration cadence = config.cadence().of(domain);
        DomainFreshnessEntity entry = DomainFreshnessEntity.findById(domain);
        List<String> reasons = new ArrayList<>();
        if (entry == null) {
            reasons.add("NO_EVENT_YET");
        } else if (entry.lastEventAt.plus(cadence).isBefore(now)) {
            reasons.add("NO_EVENT_WITHIN_CADENCE");
        }
        if (services.knownUnreachable(domain)) {
            reasons.add("SERVICE_UNREACHABLE");
        }
        return new Freshness(entry == null ? null : BeijingTime.of(entry.lastEventAt),
                entry == null ? null : entry.lastEventType, cadence, !reasons.isEmpty(), List.copyOf(reasons),
                services.status(domain));
    }
}
