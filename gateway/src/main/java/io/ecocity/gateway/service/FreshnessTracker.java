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
    private final ViewRows rows;

    public FreshnessTracker(GatewayConfig config, ServiceHealth services, ViewVersion version, ViewRows rows) {
        this.rows = rows;
        this.config = config;
        this.services = services;
        this.version = version;
    }

    /** Every handler of a domain event calls this in the transaction that applies the event to the view. */
    public void heard(String domain, ReceivedEvent event) {
        // the domain's figures and its freshness (when it was last heard of) are its part of the view
        version.changing(ViewVersion.Part.ofDomain(domain));
        DomainFreshnessEntity entry = rows.find(DomainFreshnessEntity.class, domain);
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
        DomainFreshnessEntity entry = DomainFreshnessEntity.findById(domain);
        return freshness(domain, entry == null ? null : entry.lastEventAt, entry == null ? null : entry.lastEventType,
                now);
    }

    /**
     * The freshness of an overview assembled earlier, brought to {@code now}: the same last event, judged against the
     * clock and the service's reachability as they are now. Memory only, so every answer of a cached overview is live.
     */
    public Freshness live(String domain, Freshness assembled, Instant now) {
        return freshness(domain, assembled.lastEventAt() == null ? null : assembled.lastEventAt().toInstant(),
                assembled.lastEventType(), now);
    }

    private Freshness freshness(String domain, Instant lastEventAt, String lastEventType, Instant now) {
        Duration cadence = config.cadence().of(domain);
        List<String> reasons = new ArrayList<>();
        if (lastEventAt == null) {
            reasons.add("NO_EVENT_YET");
        } else if (lastEventAt.plus(cadence).isBefore(now)) {
            reasons.add("NO_EVENT_WITHIN_CADENCE");
        }
        if (services.knownUnreachable(domain)) {
            reasons.add("SERVICE_UNREACHABLE");
        }
        return new Freshness(BeijingTime.of(lastEventAt), lastEventType, cadence, !reasons.isEmpty(),
                List.copyOf(reasons), services.status(domain));
    }
}
