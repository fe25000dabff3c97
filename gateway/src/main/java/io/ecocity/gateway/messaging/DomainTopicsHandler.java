package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.gateway.service.FreshnessTracker;
import io.ecocity.support.events.EventHandler;
import io.ecocity.support.events.ReceivedEvent;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A handler for one common payload that every domain publishes on a topic of its own (alerts, target progress): the
 * topic decides the event type expected and the domain the payload must belong to. Subclasses are {@code @Singleton}
 * beans: a client proxy would need a no-argument constructor this class does not have.
 */
abstract class DomainTopicsHandler<T> implements EventHandler {

    private final ContractReader reader;
    private final FreshnessTracker freshness;
    private final Map<String, EventType> typeByTopic;
    private final Class<T> payload;

    DomainTopicsHandler(ContractReader reader, FreshnessTracker freshness, Map<String, EventType> typeByTopic,
            Class<T> payload) {
        this.reader = reader;
        this.freshness = freshness;
        this.typeByTopic = Map.copyOf(typeByTopic);
        this.payload = payload;
    }

    /** Applies the payload of {@code domain}'s topic; refuses one that names another domain. */
    protected abstract void apply(String domain, T payload, Instant eventTime);

    @Override
    public Set<String> topics() {
        return typeByTopic.keySet();
    }

    @Override
    public void handle(ReceivedEvent event) {
        EventType type = reader.typeOf(event, typeByTopic.get(event.topic()));
        String domain = ContractReader.domainOf(event);
        apply(domain, reader.read(event, type, payload), event.time());
        freshness.heard(domain, event);
    }
}
