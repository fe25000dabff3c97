package io.ecocity.gateway.service;

import io.ecocity.gateway.repository.DomainFreshnessEntity;
import io.ecocity.support.events.ReceivedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Remembers, per domain, when its last event arrived, so the city view can say when a domain has gone quiet. */
@ApplicationScoped
public class FreshnessTracker {

    public void heard(String domain, ReceivedEvent event) {
        DomainFreshnessEntity entry = DomainFreshnessEntity.findById(domain);
        if (entry == null) {
            entry = new DomainFreshnessEntity();
            entry.domain = domain;
        }
        entry.lastEventAt = Instant.now();
        entry.lastEventType = event.type();
        entry.persist();
    }
}
