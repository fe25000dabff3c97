package io.ecocity.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * The view rows a poll of events touches, read together at the start of its transaction: one query per kind of row
 * (the rows that exist become managed, so each event's look-up is answered from memory), and the ids found absent
 * are remembered for the transaction, so that an event creating a row does not ask the database for it first.
 */
@ApplicationScoped
public class ViewRows {

    /** A row of the view: its entity class and primary key. */
    public record Key(Class<?> type, Object id) {
    }

    /** Ids per multi-row read: well under the bind-parameter limits of H2 and PostgreSQL. */
    private static final int CHUNK = 500;
    private static final Object ABSENT = new Object();

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;

    public ViewRows(EntityManager entityManager, TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /** Reads these rows in one query per entity class (in chunks), in the current transaction. */
    public void load(Collection<Key> keys) {
        if (keys.isEmpty() || transactions.getTransactionKey() == null) {
            return;
        }
        Map<Class<?>, Set<Object>> byType = new LinkedHashMap<>();
        for (Key key : keys) {
            if (key.id() != null) {
                byType.computeIfAbsent(key.type(), t -> new LinkedHashSet<>()).add(key.id());
            }
        }
        Set<Key> absent = absent(true);
        Session session = entityManager.unwrap(Session.class);
        for (Map.Entry<Class<?>, Set<Object>> entry : byType.entrySet()) {
            List<Object> ids = new ArrayList<>(entry.getValue());
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                List<?> found = session.findMultiple(entry.getKey(), chunk);
                for (int i = 0; i < chunk.size(); i++) {
                    if (found.get(i) == null) {
                        absent.add(new Key(entry.getKey(), chunk.get(i)));
                    }
                }
            }
        }
    }

    /**
     * The row, or null: a row found absent by {@link #load} is answered null without a query the first time (the
     * caller then creates it), a later look-up finds the created row in the persistence context.
     */
    public <T> T find(Class<T> type, Object id) {
        Set<Key> absent = absent(false);
        if (absent != null && absent.remove(new Key(type, id))) {
            return null;
        }
        return entityManager.find(type, id);
    }

    @SuppressWarnings("unchecked")
    private Set<Key> absent(boolean create) {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        Set<Key> absent = (Set<Key>) transactions.getResource(ABSENT);
        if (absent == null && create) {
            absent = new HashSet<>();
            transactions.putResource(ABSENT, absent);
        }
        return absent;
    }
}
