package io.ecocity.support.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventType;
import io.ecocity.support.tx.TransactionHooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Where a service writes the events of a change, inside the transaction of the change: both are stored or
 * neither is. The {@link OutboxRelay} publishes them once the transaction has committed.
 *
 * <p>The events of a transaction are held until it is about to commit and then written in one JDBC batch on the
 * transaction's own connection: an assessment that emits thousands of events costs a few statements, not thousands of
 * single inserts. They are written in the order they were appended, so their sequence numbers keep that order.
 */
@ApplicationScoped
public class EventOutbox {

    private static final Object PENDING_KEY = new Object();
    private static final Object RELAY_KEY = new Object();
    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final EventsConfig config;

    public EventOutbox(DataSource dataSource, ObjectMapper objectMapper, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, EventsConfig config) {
        this.dataSource = dataSource;
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
        Pending pending = pending();
        if (pending.written) {
            // appended by another synchronization after this transaction's events were written: write it now
            write(List.of(event));
        } else {
            pending.events.add(event);
        }
        return event.eventId;
    }

    private Pending pending() {
        Pending pending = (Pending) transactions.getResource(PENDING_KEY);
        if (pending != null) {
            return pending;
        }
        Pending created = new Pending();
        transactions.putResource(PENDING_KEY, created);
        TransactionHooks.beforeCommit(transactions, () -> {
            created.written = true;
            write(created.events);
        });
        TransactionHooks.onceAfterCommit(transactions, RELAY_KEY, relay::wake);
        return created;
    }

    private void write(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        // the data source hands out the connection enlisted in the current transaction
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into outbox_event (event_id, topic, "
                     + "event_key, event_type, event_source, event_time, payload, attempts) values (?, ?, ?, ?, ?, ?, ?, 0)")) {
            int batched = 0;
            for (OutboxEvent event : events) {
                insert.setString(1, event.eventId);
                insert.setString(2, event.topic);
                insert.setString(3, event.eventKey);
                insert.setString(4, event.eventType);
                insert.setString(5, event.eventSource);
                insert.setObject(6, OffsetDateTime.ofInstant(event.eventTime, ZoneOffset.UTC));
                insert.setString(7, event.payload);
                insert.addBatch();
                if (++batched == BATCH) {
                    insert.executeBatch();
                    batched = 0;
                }
            }
            if (batched > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write " + events.size() + " event(s) to the outbox: "
                    + e.getMessage(), e);
        }
    }

    /** The events of one transaction, not yet written. */
    private static final class Pending {
        final List<OutboxEvent> events = new ArrayList<>();
        boolean written;
    }
}
