package io.ecocity.waste;

import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.support.events.OutboxEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;

/** What the service wrote to its transactional outbox, read from its database: the events of a change, in order. */
public final class Outbox {

    private final EntityManager entityManager;

    public Outbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<OutboxEvent> withKey(EventType type, String key) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select e from OutboxEvent e where e.eventType = :type and e.eventKey = :key order by e.seq", OutboxEvent.class)
                .setParameter("type", type.type()).setParameter("key", key).getResultList());
    }

    public List<OutboxEvent> withKeyPrefix(EventType type, String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select e from OutboxEvent e where e.eventType = :type and e.eventKey like :prefix order by e.seq", OutboxEvent.class)
                .setParameter("type", type.type()).setParameter("prefix", prefix + "%").getResultList());
    }

    public long count() {
        return QuarkusTransaction.requiringNew().call(() ->
                entityManager.createQuery("select count(e) from OutboxEvent e", Long.class).getSingleResult());
    }

    /** Every payload conforms to the JSON Schema of its type. */
    public static List<String> violations(List<OutboxEvent> events) {
        return events.stream().flatMap(e -> EventContracts.violations(e.eventType, e.payload).stream()
                .map(v -> e.eventType + " " + e.eventKey + ": " + v)).toList();
    }
}
