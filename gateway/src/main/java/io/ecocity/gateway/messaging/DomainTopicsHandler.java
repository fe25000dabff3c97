package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.gateway.service.FreshnessTracker;
import io.ecocity.gateway.service.KnownTowns;
import io.ecocity.gateway.service.ViewRows;
import io.ecocity.support.events.ReceivedEvent;
import io.ecocity.support.events.RejectedEventException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A handler for one common payload that every domain publishes on a topic of its own (alerts, target progress): the
 * topic decides the event type expected and the domain the payload must belong to.
 */
abstract class DomainTopicsHandler<T> extends ViewEventHandler {

    private final Map<String, EventType> typeByTopic;
    private final Class<T> payload;
    private final String noun;

    DomainTopicsHandler(ContractReader reader, FreshnessTracker freshness, KnownTowns towns, ViewRows rows,
            Map<String, EventType> typeByTopic, Class<T> payload, String noun) {
        super(reader, freshness, towns, rows);
        this.noun = noun;
        this.typeByTopic = Map.copyOf(typeByTopic);
        this.payload = payload;
    }

    /** The domain the payload says it belongs to. */
    protected abstract String domainOf(T payload);

    /** What was read of the payload of {@code domain}'s topic, the domain already checked. */
    protected abstract ViewEvent read(EventType type, String domain, T payload, Instant eventTime);

    /** Applies the payload of {@code domain}'s topic. */
    protected abstract void apply(String domain, T payload, Instant eventTime);

    @Override
    public Set<String> topics() {
        return typeByTopic.keySet();
    }

    /** Refuses a payload that names another domain than its topic's. */
    @Override
    public ViewEvent read(ReceivedEvent event) {
        EventType type = reader.typeOf(event, typeByTopic.get(event.topic()));
        String domain = ContractReader.domainOf(event);
        T read = reader.read(event, type, payload);
        if (!domain.equals(domainOf(read))) {
            throw new RejectedEventException("a " + domainOf(read) + " " + noun + " on the " + domain + " topic");
        }
        return read(type, domain, read, event.time());
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void apply(ReceivedEvent event, ViewEvent read) {
        apply(read.domain(), (T) read.payload(), event.time());
    }
}
