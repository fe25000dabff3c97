package io.ecocity.support.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Where a service writes the events of a change, inside the transaction of the change: both are stored or
 * neither is. The {@link OutboxRelay} publishes them once the transaction has committed.
 */
@ApplicationScoped
public class EventOutbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final EventsConfig config;

    public EventOutbox(EntityManager entityManager, ObjectMapper objectMapper,
            TransactionSynchronizationRegistry transactions, OutboxRelay relay, EventsConfig config) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.relay = relay;
        this.config = config;
    }

    /** Adds an event of {@code type} on its topic, keyed by {@code key}; returns its CloudEvents id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String append(EventType type, String key, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID().toString();
        event.topic = type.topic();
        event.eventKey = key;
        event.eventType = type.type();
        event.eventSource = config.source();
        event.eventTime = Instant.now();
        try {
            event.payload = objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload of " + type.type() + " cannot be written as JSON", e);
        }
        entityManager.persist(event);
        wakeRelayAfterCommit();
        return event.eventId;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(OutboxRelay.class) != null) {
            return;
        }
        transactions.putResource(OutboxRelay.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
