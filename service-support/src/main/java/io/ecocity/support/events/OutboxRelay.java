package io.ecocity.support.events;

import io.ecocity.events.CloudEventHeaders;
import io.ecocity.support.health.WorkerHeartbeats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka in the order the events were written, and marks what the broker has acknowledged.
 * When the broker is away it keeps the events and tries again, so an accepted change never loses its event; an
 * event may be published twice after a crash between the send and the mark, which consumers absorb by
 * {@code ce_id}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final EventsConfig config;
    private final KafkaClientSettings kafkaSettings;
    private final WorkerHeartbeats heartbeats;
    private final String applicationName;
    private final AtomicLong backlog = new AtomicLong();
    private final Counter parkedEvents;
    private volatile Instant lastBacklogCount = Instant.EPOCH;
    private volatile WorkerHeartbeats.Heartbeat heartbeat;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread worker;
    private volatile Producer<String, String> producer;
    private volatile Instant lastCleanup = Instant.EPOCH;

    public OutboxRelay(EntityManager entityManager, DataSource dataSource, EventsConfig config,
            KafkaClientSettings kafkaSettings, WorkerHeartbeats heartbeats, MeterRegistry meters,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.config = config;
        this.kafkaSettings = kafkaSettings;
        this.heartbeats = heartbeats;
        this.applicationName = applicationName;
        Gauge.builder("ecocity.events.outbox.backlog", backlog, AtomicLong::get)
                .description("Events in the outbox not yet acknowledged by the broker (counted at most once a second)")
                .register(meters);
        parkedEvents = Counter.builder("ecocity.events.outbox.parked")
                .description("Outbox events the broker can never take (too large), parked with their reason")
                .register(meters);
    }

    void onStart(@Observes StartupEvent startup) {
        if (!config.relay().enabled()) {
            LOG.info("outbox relay disabled: events stay in the outbox");
            return;
        }
        running = true;
        Thread thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        worker = thread;
        heartbeat = heartbeats.register("outbox relay", thread);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (heartbeat != null) {
            heartbeat.stopped();
        }
        wake();
        Thread thread = worker;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    /** The settings the relay's producer runs with, as the Kafka client resolves them. */
    public Map<String, ?> effectiveProducerConfig() {
        return new ProducerConfig(producerSettings()).values();
    }

    /** Asks the relay to look at the outbox now rather than at its next idle tick. */
    public void wake() {
        wakeUps.release();
    }

    /** Events not yet acknowledged by the broker. */
    public long pending() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(e) from OutboxEvent e where e.publishedAt is null and e.parkedAt is null",
                        Long.class)
                .getSingleResult());
    }

    private Map<String, Object> producerSettings() {
        return kafkaSettings.producer(applicationName + "-outbox");
    }

    private void run() {
        while (running) {
            heartbeat.beat();
            try {
                // counted also while the broker is away, when the backlog is what an operator watches
                countBacklogNowAndThen();
            } catch (RuntimeException e) {
                LOG.debugf("could not count the outbox backlog: %s", e.getMessage());
            }
            try {
                int published = publishBatch();
                cleanUpNowAndThen();
                if (published == 0) {
                    wakeUps.tryAcquire(config.relay().idleWait().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay could not publish (%s); trying again in %s", e.getMessage(),
                        config.relay().retryBackoff());
                closeProducer();
                sleep(config.relay().retryBackoff().toMillis());
            }
        }
    }

    private int publishBatch() throws InterruptedException {
        List<OutboxEvent> batch = QuarkusTransaction.requiringNew().call(this::unpublished);
        if (batch.isEmpty()) {
            return 0;
        }
        Producer<String, String> kafka = producer();
        List<Future<?>> sends = new ArrayList<>(batch.size());
        AtomicBoolean aborted = new AtomicBoolean();
        for (OutboxEvent event : batch) {
            if (aborted.get()) {
                break;
            }
            try {
                sends.add(kafka.send(toRecord(event), (metadata, error) -> {
                    if (error != null && !neverAccepted(error) && aborted.compareAndSet(false, true)) {
                        // Order per key: nothing sent after a failed event may reach the broker before it is resent.
                        // Closing at once fails every record not yet written; those in flight on its partition fail
                        // by the idempotent producer's sequence numbers. The relay resends from the failed one on.
                        kafka.close(Duration.ZERO);
                    }
                }));
            } catch (RuntimeException e) {
                // refused before sending, or the producer was closed by the abort above
                aborted.set(true);
                LOG.debugf("outbox send stopped at %s: %s", event.eventId, e.getMessage());
                break;
            }
        }
        List<Long> acknowledged = new ArrayList<>(batch.size());
        Map<Long, String> parked = new LinkedHashMap<>();
        RuntimeException failure = null;
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get();
                acknowledged.add(batch.get(i).seq);
            } catch (java.util.concurrent.ExecutionException e) {
                if (neverAccepted(e.getCause())) {
                    // this record can never be sent: parked, so that the events behind it are not held up for good
                    parked.put(batch.get(i).seq, e.getCause().getClass().getSimpleName() + ": "
                            + e.getCause().getMessage());
                    LOG.errorf("outbox event %s (%s on %s) parked: %s", batch.get(i).eventId, batch.get(i).eventType,
                            batch.get(i).topic, e.getCause().getMessage());
                    continue;
                }
                failure = new IllegalStateException("broker did not acknowledge " + batch.get(i).eventId + ": "
                        + e.getCause().getMessage(), e.getCause());
                break;
            }
        }
        markPublished(acknowledged, parked);
        if (failure != null) {
            throw failure;
        }
        if (acknowledged.size() + parked.size() < batch.size()) {
            throw new IllegalStateException("sending stopped after " + acknowledged.size() + " of " + batch.size()
                    + " events");
        }
        return acknowledged.size();
    }

    /**
     * The oldest unpublished events, read as plain rows: the relay only sends them and marks them, so managing them as
     * entities (snapshots for dirty checking of every payload) would be work for nothing.
     */
    private List<OutboxEvent> unpublished() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select seq, event_id, topic, event_key, event_type,"
                     + " event_source, event_time, payload from outbox_event where published_at is null and parked_at is null"
                     + " order by seq"
                     + " fetch first ? rows only")) {
            select.setInt(1, config.relay().batchSize());
            List<OutboxEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    OutboxEvent event = new OutboxEvent();
                    event.seq = rows.getLong(1);
                    event.eventId = rows.getString(2);
                    event.topic = rows.getString(3);
                    event.eventKey = rows.getString(4);
                    event.eventType = rows.getString(5);
                    event.eventSource = rows.getString(6);
                    event.eventTime = rows.getObject(7, OffsetDateTime.class).toInstant();
                    event.payload = rows.getString(8);
                    events.add(event);
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the outbox: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the broker or the producer refused the record itself, so that no retry can ever send it: larger than the
     * producer's {@code max.request.size} or the broker's {@code message.max.bytes}, or not serialisable.
     */
    static boolean neverAccepted(Throwable error) {
        return error instanceof org.apache.kafka.common.errors.RecordTooLargeException
                || error instanceof org.apache.kafka.common.errors.RecordBatchTooLargeException
                || error instanceof org.apache.kafka.common.errors.SerializationException;
    }

    private void markPublished(List<Long> sequenceNumbers, Map<Long, String> parked) {
        if (sequenceNumbers.isEmpty() && parked.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // One batch of primary-key updates: each finds its row by the key, where a long IN list may be scanned.
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!sequenceNumbers.isEmpty()) {
                    try (PreparedStatement update = connection.prepareStatement("update outbox_event set"
                            + " published_at = ?, attempts = attempts + 1 where seq = ?")) {
                        for (Long seq : sequenceNumbers) {
                            update.setObject(1, now);
                            update.setLong(2, seq);
                            update.addBatch();
                        }
                        update.executeBatch();
                    }
                }
                if (!parked.isEmpty()) {
                    try (PreparedStatement park = connection.prepareStatement("update outbox_event set parked_at = ?,"
                            + " parked_reason = ?, attempts = attempts + 1 where seq = ?")) {
                        for (Map.Entry<Long, String> one : parked.entrySet()) {
                            park.setObject(1, now);
                            String reason = one.getValue();
                            park.setString(2, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
                            park.setLong(3, one.getKey());
                            park.addBatch();
                        }
                        park.executeBatch();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not mark published events: " + e.getMessage(), e);
            }
        });
        parkedEvents.increment(parked.size());
    }

    private void countBacklogNowAndThen() {
        Instant now = Instant.now();
        if (now.isBefore(lastBacklogCount.plusSeconds(1))) {
            return;
        }
        lastBacklogCount = now;
        backlog.set(pending());
    }

    private void cleanUpNowAndThen() {
        Instant now = Instant.now();
        if (now.isBefore(lastCleanup.plusSeconds(60))) {
            return;
        }
        lastCleanup = now;
        Instant cutoff = now.minus(config.relay().retention());
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("delete from OutboxEvent e where e.publishedAt is not null and e.publishedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate());
    }

    private static ProducerRecord<String, String> toRecord(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, bytes(event.eventId));
        headers.add(CloudEventHeaders.SOURCE, bytes(event.eventSource));
        headers.add(CloudEventHeaders.TYPE, bytes(event.eventType));
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0));
        headers.add(CloudEventHeaders.TIME, bytes(DateTimeFormatter.ISO_INSTANT.format(event.eventTime)));
        headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        if (event.eventKey != null) {
            headers.add(CloudEventHeaders.SUBJECT, bytes(event.eventKey));
        }
        return new ProducerRecord<>(event.topic, null, event.eventKey, event.payload, headers);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private Producer<String, String> producer() {
        Producer<String, String> current = producer;
        if (current == null) {
            current = new KafkaProducer<>(producerSettings());
            producer = current;
        }
        return current;
    }

    private void closeProducer() {
        Producer<String, String> current = producer;
        producer = null;
        if (current != null) {
            try {
                current.close(Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                LOG.debug("closing the outbox producer failed", e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
