package io.ecocity.support.events;

import io.ecocity.events.CloudEventHeaders;
import io.ecocity.events.Topics;
import io.ecocity.support.problem.StoredValues;
import io.ecocity.support.health.WorkerHeartbeats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Consumes the topics of the service's {@link EventHandler}s: each poll is applied in one transaction together with
 * the ids of its events (so a redelivered event changes nothing), and offsets are committed only after that.
 * <p>
 * Each event is read once, ahead of the transaction ({@link EventHandler#read}); of several events of one entity in a
 * poll only the newest is handled ({@link ReadAhead}), and each handler sees the poll's events before handling them
 * ({@link EventHandler#prepare}). Only the content of an event sends it to {@code <topic>.dlq}, with the reason and
 * where it came from; the rest of its poll is applied in one transaction without it. Content is what the handler
 * rejects ({@link RejectedEventException}: schema, validation, a domain rule), a value the database refuses (found by
 * halving the poll), and any other fault of the handler on that one event that is not the database's, the
 * transaction's or the broker's (a null where the handler needs a value, an argument it cannot take): such an event
 * would fail the same way on every retry and hold up its partition for good, so it waits in the dead letters, to be
 * redriven once the handler takes it. A failure of the database, the transaction or the broker is transient: the
 * poll is retried with exponential backoff for as long as the failure lasts, nothing is committed or dead-lettered
 * for it, and readiness reports the consumer stuck meanwhile.
 * <p>
 * Hand-made rather than a batch {@code @Incoming} of SmallRye Reactive Messaging: its dead-letter strategy sends every
 * record of a failed batch, and none of its strategies holds the offsets and retries a database outage as long as it lasts.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    /** Ids per deduplication query: well under the bind-parameter limits of H2 and PostgreSQL. */
    private static final int ID_CHUNK = 500;

    private final Instance<EventHandler> handlers;
    private final EntityManager entityManager;
    private final EventsConfig config;
    private final KafkaClientSettings kafkaSettings;
    private final WorkerHeartbeats heartbeats;
    private final String applicationName;
    private final Map<String, EventHandler> handlerByTopic = new HashMap<>();
    private final Counter applied;
    private final Counter deadLettered;
    private final Counter transientRetries;
    private final Event<AppliedPoll> polls;
    private volatile boolean running;
    private volatile Thread worker;
    private volatile WorkerHeartbeats.Heartbeat heartbeat;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile KafkaProducer<String, String> deadLetters;
    private volatile Instant lastCleanup = Instant.now();
    private volatile Stuck stuck;

    /** The consumer is retrying a poll that a transient failure holds up. */
    public record Stuck(Instant since, long attempts, String reason) {
    }

    public EventConsumer(@Any Instance<EventHandler> handlers, EntityManager entityManager, EventsConfig config,
            KafkaClientSettings kafkaSettings, WorkerHeartbeats heartbeats, MeterRegistry meters,
            @ConfigProperty(name = "quarkus.application.name") String applicationName, Event<AppliedPoll> polls) {
        this.polls = polls;
        this.handlers = handlers;
        this.entityManager = entityManager;
        this.config = config;
        this.kafkaSettings = kafkaSettings;
        this.heartbeats = heartbeats;
        this.applicationName = applicationName;
        this.applied = Counter.builder("ecocity.events.consumer.applied")
                .description("Events applied by the consumer").register(meters);
        this.deadLettered = Counter.builder("ecocity.events.consumer.dead.lettered")
                .description("Events sent to a dead-letter topic for their content").register(meters);
        this.transientRetries = Counter.builder("ecocity.events.consumer.transient.retries")
                .description("Polls retried after a database or broker failure").register(meters);
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
        heartbeat = heartbeats.register("event consumer", thread);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        running = false;
        WorkerHeartbeats.Heartbeat beat = heartbeat;
        if (beat != null) {
            beat.stopped();
        }
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
        return (long) applied.count();
    }

    public long deadLetteredCount() {
        return (long) deadLettered.count();
    }

    public long transientRetryCount() {
        return (long) transientRetries.count();
    }

    /** The transient failure the consumer is retrying now, or null when it is keeping up. */
    public Stuck stuck() {
        return stuck;
    }

    private void run() {
        while (running) {
            String groupId = config.consumer().groupId().orElse(applicationName);
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(kafkaSettings.consumer(
                    groupId, applicationName + "-consumer", config.consumer().maxPollRecords()))) {
                consumer = kafka;
                kafka.subscribe(handlerByTopic.keySet());
                while (running) {
                    beat();
                    ConsumerRecords<String, String> records = kafka.poll(config.consumer().pollTimeout());
                    if (!records.isEmpty()) {
                        applyUntilDone(kafka, records);
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

    private void beat() {
        WorkerHeartbeats.Heartbeat beat = heartbeat;
        if (beat != null) {
            beat.beat();
        }
    }

    /**
     * Applies a poll and commits its offsets; a transient failure is retried with exponential backoff for as long as
     * it lasts, the partitions paused meanwhile (so the group keeps the consumer) and nothing committed.
     */
    private void applyUntilDone(KafkaConsumer<String, String> kafka, ConsumerRecords<String, String> records) {
        long backoff = config.consumer().retryBackoff().toMillis();
        long attempts = 0;
        while (running) {
            try {
                process(records);
                kafka.commitSync();
                if (stuck != null) {
                    LOG.infof("event consumer recovered after %d retries", attempts);
                }
                stuck = null;
                return;
            } catch (WakeupException e) {
                throw e;
            } catch (RuntimeException e) {
                attempts++;
                transientRetries.increment();
                String reason = rootMessage(e);
                Stuck before = stuck;
                stuck = new Stuck(before == null ? Instant.now() : before.since(), attempts, reason);
                LOG.warnf("event consumer could not apply %d events (%s); retry %d in %d ms, offsets not committed",
                        records.count(), reason, attempts, backoff);
                waitPaused(kafka, backoff);
                backoff = Math.min(backoff * 2, config.consumer().maxRetryBackoff().toMillis());
                if (!kafka.assignment().containsAll(records.partitions())) {
                    // a rebalance took some of these partitions away: their new owner resumes from the last commit
                    LOG.info("partitions reassigned while retrying; polling afresh");
                    stuck = null;
                    seekToStartOf(kafka, records);
                    return;
                }
            }
        }
    }

    /** Sleeps while still polling (nothing is returned from paused partitions), so the group keeps its member. */
    private void waitPaused(KafkaConsumer<String, String> kafka, long millis) {
        Set<TopicPartition> paused = kafka.assignment();
        kafka.pause(paused);
        long end = System.nanoTime() + millis * 1_000_000L;
        try {
            while (running && System.nanoTime() < end) {
                beat();
                ConsumerRecords<String, String> none = kafka.poll(Duration.ofMillis(
                        Math.max(1, Math.min(1_000, (end - System.nanoTime()) / 1_000_000L))));
                if (!none.isEmpty()) {
                    // only after a rebalance assigned new, unpaused partitions: read again from the commit
                    seekToStartOf(kafka, none);
                }
            }
        } finally {
            kafka.resume(kafka.assignment());
        }
    }

    /** Rewinds the consumer to the first offset of these records in each partition it still owns. */
    private static void seekToStartOf(KafkaConsumer<String, String> kafka, ConsumerRecords<String, String> records) {
        Set<TopicPartition> owned = kafka.assignment();
        for (TopicPartition partition : records.partitions()) {
            if (owned.contains(partition)) {
                kafka.seek(partition, records.records(partition).get(0).offset());
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

    /**
     * Applies the poll in one transaction. Each event is read once, ahead of it: one whose content is wrong is taken
     * out before any transaction. An event its handler rejects while applying is taken out and the rest applied again
     * in one transaction; when the database refuses a value (often only at commit, so the event is not known), the
     * poll is split in halves, each applied in a transaction of its own, down to the event refused. The rejected ones
     * go to the dead letters once the others are committed. Anything else propagates as transient, with nothing
     * committed.
     */
    private void process(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        List<Parsed> parsed = new ArrayList<>(batch.size());
        List<Rejected> rejected = new ArrayList<>();
        for (ConsumerRecord<String, String> record : batch) {
            try {
                ReceivedEvent event = toEvent(record);
                EventHandler handler = handlerByTopic.get(event.topic());
                parsed.add(new Parsed(record, event, handler, readAhead(handler, event)));
            } catch (RejectedEventException e) {
                rejected.add(new Rejected(record, e.getMessage()));
            }
        }
        int[] transactions = {0};
        rejected.addAll(applyInParts(parsed, transactions));
        for (Rejected one : rejected) {
            deadLetter(one.record, one.reason);
        }
        List<String> ids = new ArrayList<>(batch.size());
        for (Parsed one : parsed) {
            ids.add(one.event.id());
        }
        try {
            polls.fire(new AppliedPoll(ids, transactions[0], rejected.size()));
        } catch (RuntimeException e) {
            // what is told about a poll must not make it transient: it is applied
            LOG.warnf(e, "an observer of applied polls failed");
        }
    }

    private static ReadAhead readAhead(EventHandler handler, ReceivedEvent event) {
        try {
            return handler.read(event);
        } catch (Exception e) {
            RuntimeException failure = failureOf(0, e);
            throw failure instanceof RejectedInBatch rejected ? (RejectedEventException) rejected.getCause() : failure;
        }
    }

    /**
     * Applies the events in one transaction, taking out those their handler rejects; when the database refuses a
     * value, applies each half in a transaction of its own, so that one refused event costs a few transactions, not
     * one per event. Returns the events to dead-letter; any other failure is transient and propagates (what was
     * committed before it stays, and is recognised by the event ids when the poll is retried).
     */
    private List<Rejected> applyInParts(List<Parsed> events, int[] transactions) {
        List<Parsed> remaining = new ArrayList<>(events);
        List<Rejected> refused = new ArrayList<>();
        while (!remaining.isEmpty()) {
            try {
                transactions[0]++;
                QuarkusTransaction.requiringNew().run(() -> applyAll(remaining));
                applied.increment(remaining.size());
                break;
            } catch (RuntimeException e) {
                RejectedInBatch rejection = rejectedInBatch(e);
                if (rejection != null) {
                    Parsed culprit = remaining.remove(rejection.index);
                    refused.add(new Rejected(culprit.record, rejection.getCause().getMessage()));
                } else if (StoredValues.refusedBy(e)) {
                    if (remaining.size() == 1) {
                        refused.add(new Rejected(remaining.get(0).record,
                                "the database refused a value: " + rootMessage(e)));
                    } else {
                        int half = remaining.size() / 2;
                        refused.addAll(applyInParts(remaining.subList(0, half), transactions));
                        refused.addAll(applyInParts(remaining.subList(half, remaining.size()), transactions));
                    }
                    break;
                } else {
                    throw e;
                }
            }
        }
        return refused;
    }

    private void applyAll(List<Parsed> events) {
        // One query for the whole poll finds the events already applied (a redelivery after a rebalance or a crash
        // between the commit of the transaction and the commit of the offsets), instead of one query per event.
        Set<String> alreadyApplied = alreadyApplied(events);
        Set<String> seenInBatch = new HashSet<>();
        List<Parsed> fresh = new ArrayList<>(events.size());
        List<Integer> positions = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Parsed one = events.get(i);
            String dedupeKey = dedupeKey(one.event);
            if (!alreadyApplied.contains(dedupeKey) && seenInBatch.add(dedupeKey)) {
                fresh.add(one);
                positions.add(i);
            }
        }
        boolean[] superseded = supersededIn(fresh);
        Map<EventHandler, List<ReadAhead>> prepared = new LinkedHashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            if (!superseded[i]) {
                prepared.computeIfAbsent(fresh.get(i).handler, h -> new ArrayList<>()).add(fresh.get(i).read);
            }
        }
        Instant now = Instant.now();
        prepared.forEach(EventHandler::prepare);
        for (int i = 0; i < fresh.size(); i++) {
            Parsed one = fresh.get(i);
            try {
                if (superseded[i]) {
                    one.handler.superseded(one.event, one.read);
                } else {
                    one.handler.handle(one.event, one.read);
                }
            } catch (Exception e) {
                throw failureOf(positions.get(i), e);
            }
            entityManager.persist(new ProcessedEvent(dedupeKey(one.event), one.event.topic(), now));
        }
    }

    /**
     * Of the events of one entity (same handler, same {@link ReadAhead#entity()}), all but the newest: folded in the
     * order of the poll, an event replaces the one before it unless it is older than it.
     */
    private static boolean[] supersededIn(List<Parsed> events) {
        boolean[] superseded = new boolean[events.size()];
        Map<EventHandler, Map<String, Integer>> newest = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Parsed one = events.get(i);
            String entity = one.read == null ? null : one.read.entity();
            if (entity == null) {
                continue;
            }
            Map<String, Integer> ofHandler = newest.computeIfAbsent(one.handler, h -> new HashMap<>());
            Integer held = ofHandler.get(entity);
            if (held == null) {
                ofHandler.put(entity, i);
            } else if (one.read.olderThan(events.get(held).read)) {
                superseded[i] = true;
            } else {
                superseded[held] = true;
                ofHandler.put(entity, i);
            }
        }
        return superseded;
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
        deadLettered.increment();
        LOG.warnf("event at %s-%d@%d sent to %s: %s", record.topic(), record.partition(), record.offset(), topic, reason);
    }

    private KafkaProducer<String, String> deadLetterProducer() {
        KafkaProducer<String, String> current = deadLetters;
        if (current == null) {
            synchronized (this) {
                current = deadLetters;
                if (current == null) {
                    current = new KafkaProducer<>(kafkaSettings.producer(applicationName + "-dlq"));
                    deadLetters = current;
                }
            }
        }
        return current;
    }

    private static RejectedInBatch rejectedInBatch(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RejectedInBatch rejected) {
                return rejected;
            }
        }
        return null;
    }

    /**
     * What a handler's failure on the event at a position of the poll means: its rejection or a fault of the event
     * itself dead-letters that one event; a failure of the infrastructure is transient and retried with the poll.
     */
    private static RuntimeException failureOf(int position, Exception e) {
        RejectedEventException rejection = rejectionIn(e);
        if (rejection != null) {
            return new RejectedInBatch(position, rejection);
        }
        if (!infrastructureFailure(e)) {
            return new RejectedInBatch(position, new RejectedEventException("the event could not be applied: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), e));
        }
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
    }

    /**
     * Whether a handler's failure comes from what a retry may find changed: the database, its transaction, the
     * broker, I/O or a timeout, anywhere in its causes. Anything else failed on the event itself.
     */
    static boolean infrastructureFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException || t instanceof jakarta.persistence.PersistenceException
                    || t instanceof org.apache.kafka.common.KafkaException || t instanceof java.io.IOException
                    || t instanceof java.io.UncheckedIOException || t instanceof TimeoutException
                    || t instanceof InterruptedException
                    || t.getClass().getName().startsWith("jakarta.transaction.")
                    || t.getClass().getName().startsWith("io.quarkus.narayana.")
                    || t.getClass().getName().startsWith("com.arjuna.")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
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

    private record Parsed(ConsumerRecord<String, String> record, ReceivedEvent event, EventHandler handler,
            ReadAhead read) {
    }

    /**
     * A poll done, told (synchronously, on the consumer's thread) once its transactions are committed and its dead
     * letters written, before its offsets are committed: the ids of the events read (applied, recognised as applied
     * before, or rejected while applying), how many transactions applying it took, how many of its events went to
     * the dead letters.
     */
    public record AppliedPoll(List<String> eventIds, int transactions, int deadLettered) {
    }

    private record Rejected(ConsumerRecord<String, String> record, String reason) {
    }

    /** The handler rejected the event at this index of the batch: the transaction rolls back without it. */
    private static final class RejectedInBatch extends RuntimeException {
        private final int index;

        RejectedInBatch(int index, RejectedEventException cause) {
            super(cause.getMessage(), cause, false, false);
            this.index = index;
        }
    }
}
