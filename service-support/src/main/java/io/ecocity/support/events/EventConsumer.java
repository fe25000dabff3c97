package io.ecocity.support.events;

import io.ecocity.events.CloudEventHeaders;
import io.ecocity.events.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Consumes the topics of the service's {@link EventHandler}s: each poll is applied in one transaction together with
 * the ids of its events (so a redelivered event changes nothing), offsets are committed only after that, and an
 * event that cannot be applied goes to {@code <topic>.dlq} with the reason while the others go on.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    /** Ids per deduplication query: well under the bind-parameter limits of H2 and PostgreSQL. */
    private static final int ID_CHUNK = 500;

    private final Instance<EventHandler> handlers;
    private final EntityManager entityManager;
    private final EventsConfig config;
    private final String bootstrapServers;
    private final String applicationName;
    private final Map<String, EventHandler> handlerByTopic = new HashMap<>();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile boolean running;
    private volatile Thread worker;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile KafkaProducer<String, String> deadLetters;
    private volatile Instant lastCleanup = Instant.now();

    public EventConsumer(@Any Instance<EventHandler> handlers, EntityManager entityManager, EventsConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.handlers = handlers;
        this.entityManager = entityManager;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.applicationName = applicationName;
    }

    void onStart(@Observes StartupEvent startup) {
        for (EventHandler handler : handlers) {
            for (String topic : handler.topics()) {
                EventHandler previous = handlerByTopic.put(topic, handler);
                if (previous != null && previous != handler) {
                    throw new IllegalStateException("two handlers for topic " + topic);
                }
            }
        }
        if (handlerByTopic.isEmpty() || !config.consumer().enabled()) {
            return;
        }
        running = true;
        Thread thread = new Thread(this::run, "event-consumer");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread thread = worker;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        KafkaProducer<String, String> dlq = deadLetters;
        if (dlq != null) {
            dlq.close(Duration.ofSeconds(2));
        }
    }

    public Set<String> topics() {
        return Set.copyOf(handlerByTopic.keySet());
    }

    public long appliedCount() {
        return applied.get();
    }

    public long deadLetteredCount() {
        return deadLettered.get();
    }

    private void run() {
        while (running) {
            String groupId = config.consumer().groupId().orElse(applicationName);
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(KafkaClientSettings.consumer(
                    bootstrapServers, groupId, applicationName + "-consumer", config.consumer().maxPollRecords()))) {
                consumer = kafka;
                kafka.subscribe(handlerByTopic.keySet());
                while (running) {
                    ConsumerRecords<String, String> records = kafka.poll(config.consumer().pollTimeout());
                    if (!records.isEmpty()) {
                        process(records);
                        kafka.commitSync();
                    }
                    forgetOldEventIdsNowAndThen();
                }
            } catch (WakeupException e) {
                if (running) {
                    LOG.warn("event consumer woken unexpectedly; reconnecting");
                }
            } catch (RuntimeException e) {
                // Nothing past the last commit is lost: a new consumer resumes from there.
                LOG.warnf(e, "event consumer failed; resuming from the last committed offsets in 1 s");
                sleep(1_000);
            } finally {
                consumer = null;
            }
        }
    }

    private void forgetOldEventIdsNowAndThen() {
        Instant now = Instant.now();
        if (now.isBefore(lastCleanup.plusSeconds(60))) {
            return;
        }
        lastCleanup = now;
        Instant cutoff = now.minus(config.consumer().dedupeRetention());
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("delete from ProcessedEvent p where p.processedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate());
    }

    private void process(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        List<Parsed> parsed = new ArrayList<>(batch.size());
        for (ConsumerRecord<String, String> record : batch) {
            try {
                parsed.add(new Parsed(record, toEvent(record)));
            } catch (RejectedEventException e) {
                deadLetter(record, e.getMessage());
            }
        }
        if (parsed.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> applyAll(parsed));
            applied.addAndGet(parsed.size());
        } catch (RuntimeException batchFailure) {
            // One bad event must not hold back the others: apply them one by one to find it.
            for (Parsed one : parsed) {
                applyAlone(one);
            }
        }
    }

    private void applyAll(List<Parsed> events) {
        // One query for the whole poll finds the events already applied (a redelivery after a rebalance or a crash
        // between the commit of the transaction and the commit of the offsets), instead of one query per event.
        Set<String> alreadyApplied = alreadyApplied(events);
        Set<String> seenInBatch = new HashSet<>();
        Instant now = Instant.now();
        for (Parsed one : events) {
            String dedupeKey = dedupeKey(one.event);
            if (!alreadyApplied.contains(dedupeKey) && seenInBatch.add(dedupeKey)) {
                handle(one.event);
                entityManager.persist(new ProcessedEvent(dedupeKey, one.event.topic(), now));
            }
        }
    }

    private Set<String> alreadyApplied(List<Parsed> events) {
        List<String> keys = new ArrayList<>(events.size());
        for (Parsed one : events) {
            keys.add(dedupeKey(one.event));
        }
        Set<String> found = new HashSet<>();
        for (int from = 0; from < keys.size(); from += ID_CHUNK) {
            found.addAll(entityManager.createQuery("select p.eventId from ProcessedEvent p where p.eventId in :ids",
                            String.class)
                    .setParameter("ids", keys.subList(from, Math.min(keys.size(), from + ID_CHUNK)))
                    .getResultList());
        }
        return found;
    }

    private void applyAlone(Parsed one) {
        int attempts = Math.max(1, config.consumer().maxAttempts());
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOnce(one.event));
                applied.incrementAndGet();
                return;
            } catch (RuntimeException e) {
                RejectedEventException rejection = rejectionIn(e);
                if (rejection != null) {
                    deadLetter(one.record, rejection.getMessage());
                    return;
                }
                if (attempt >= attempts) {
                    deadLetter(one.record, "not applied after " + attempts + " attempts: " + rootMessage(e));
                    return;
                }
                LOG.warnf("event %s failed (attempt %d of %d): %s", one.event.id(), attempt, attempts, rootMessage(e));
                sleep(200L * attempt);
            }
        }
    }

    private void applyOnce(ReceivedEvent event) {
        String dedupeKey = dedupeKey(event);
        if (entityManager.find(ProcessedEvent.class, dedupeKey) != null) {
            return;
        }
        handle(event);
        entityManager.persist(new ProcessedEvent(dedupeKey, event.topic(), Instant.now()));
    }

    private void handle(ReceivedEvent event) {
        try {
            handlerByTopic.get(event.topic()).handle(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String dedupeKey(ReceivedEvent event) {
        return event.topic() + "/" + event.id();
    }

    private static ReceivedEvent toEvent(ConsumerRecord<String, String> record) {
        Headers headers = record.headers();
        String id = required(headers, CloudEventHeaders.ID);
        String source = required(headers, CloudEventHeaders.SOURCE);
        String type = required(headers, CloudEventHeaders.TYPE);
        String specVersion = required(headers, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new RejectedEventException("unsupported ce_specversion '" + specVersion + "'");
        }
        Instant time = null;
        String timeText = header(headers, CloudEventHeaders.TIME);
        if (timeText != null) {
            try {
                time = OffsetDateTime.parse(timeText).toInstant();
            } catch (DateTimeParseException e) {
                throw new RejectedEventException("ce_time '" + timeText + "' is not an RFC 3339 time");
            }
        }
        if (record.value() == null || record.value().isBlank()) {
            throw new RejectedEventException("event " + id + " has no body");
        }
        return new ReceivedEvent(id, source, type, time, record.topic(), record.key(), record.value(),
                record.partition(), record.offset());
    }

    private static String required(Headers headers, String name) {
        String value = header(headers, name);
        if (value == null || value.isBlank()) {
            throw new RejectedEventException("missing CloudEvents header " + name);
        }
        return value;
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void deadLetter(ConsumerRecord<String, String> record, String reason) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(CloudEventHeaders.DLQ_REASON, reason.getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.DLQ_ORIGINAL_TOPIC, record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.DLQ_ORIGINAL_PARTITION,
                Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.DLQ_ORIGINAL_OFFSET,
                Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.DLQ_CONSUMER, applicationName.getBytes(StandardCharsets.UTF_8));
        String topic = Topics.deadLetterTopicOf(record.topic());
        try {
            // Synchronous: the offset is committed only once the dead letter is safely stored.
            deadLetterProducer().send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not write to " + topic, e);
        }
        deadLettered.incrementAndGet();
        LOG.warnf("event at %s-%d@%d sent to %s: %s", record.topic(), record.partition(), record.offset(), topic, reason);
    }

    private KafkaProducer<String, String> deadLetterProducer() {
        KafkaProducer<String, String> current = deadLetters;
        if (current == null) {
            synchronized (this) {
                current = deadLetters;
                if (current == null) {
                    current = new KafkaProducer<>(KafkaClientSettings.producer(bootstrapServers, applicationName + "-dlq"));
                    deadLetters = current;
                }
            }
        }
        return current;
    }

    private static RejectedEventException rejectionIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RejectedEventException rejected) {
                return rejected;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Parsed(ConsumerRecord<String, String> record, ReceivedEvent event) {
    }
}
