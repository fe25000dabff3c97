package io.ecocity.support.events;

import io.ecocity.events.CloudEventHeaders;
import io.ecocity.events.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the events this service dead-lettered from a topic back to that topic, once their cause is fixed (a section
 * registered late, a rule corrected): idempotent by event id, as nothing already applied is sent again, an event
 * appears once however often it sits in the dead letters, and the consumers apply each event id once anyway.
 */
@ApplicationScoped
public class DeadLetterRedrive {

    private static final Logger LOG = Logger.getLogger(DeadLetterRedrive.class);

    private final KafkaClientSettings kafka;
    private final EntityManager entityManager;
    private final String applicationName;

    /** What a redrive read and did. */
    public record Result(String topic, int read, int redriven, int alreadyApplied, int otherConsumer, int duplicates) {
    }

    public DeadLetterRedrive(KafkaClientSettings kafka, EntityManager entityManager,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.kafka = kafka;
        this.entityManager = entityManager;
        this.applicationName = applicationName;
    }

    /** Copies {@code <topic>.dlq}, as it stands now, back to {@code topic}. */
    public Result redrive(String topic) {
        String deadLetterTopic = Topics.deadLetterTopicOf(topic);
        List<ConsumerRecord<String, String>> records = readToEnd(deadLetterTopic);
        Set<String> applied = alreadyApplied(topic, records);
        Set<String> seen = new HashSet<>();
        int alreadyApplied = 0;
        int otherConsumer = 0;
        int duplicates = 0;
        List<ProducerRecord<String, String>> copies = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            String id = header(record, CloudEventHeaders.ID);
            if (!applicationName.equals(header(record, CloudEventHeaders.DLQ_CONSUMER))) {
                otherConsumer++;
            } else if (id != null && applied.contains(topic + "/" + id)) {
                alreadyApplied++;
            } else if (!seen.add(id == null ? record.partition() + "@" + record.offset() : id)) {
                duplicates++;
            } else {
                copies.add(new ProducerRecord<>(topic, null, record.key(), record.value(), withoutDeadLetterHeaders(record)));
            }
        }
        if (!copies.isEmpty()) {
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.producer(applicationName + "-redrive"))) {
                List<Future<?>> sends = new ArrayList<>();
                for (ProducerRecord<String, String> copy : copies) {
                    sends.add(producer.send(copy));
                }
                for (Future<?> send : sends) {
                    send.get(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while redriving " + deadLetterTopic, e);
            } catch (Exception e) {
                throw new IllegalStateException("could not redrive " + deadLetterTopic + ": " + e.getMessage(), e);
            }
        }
        LOG.infof("redrove %d events from %s to %s (%d already applied, %d of other consumers, %d repeated)",
                copies.size(), deadLetterTopic, topic, alreadyApplied, otherConsumer, duplicates);
        return new Result(topic, records.size(), copies.size(), alreadyApplied, otherConsumer, duplicates);
    }

    private List<ConsumerRecord<String, String>> readToEnd(String deadLetterTopic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(kafka.reader(applicationName + "-redrive"))) {
            List<PartitionInfo> partitions = reader.partitionsFor(deadLetterTopic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return records;
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(deadLetterTopic, p.partition())).toList();
            reader.assign(assigned);
            reader.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = new HashMap<>(reader.endOffsets(assigned, Duration.ofSeconds(10)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!end.isEmpty()) {
                end.entrySet().removeIf(e -> reader.position(e.getKey(), Duration.ofSeconds(10)) >= e.getValue());
                if (end.isEmpty()) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + deadLetterTopic + " to its end within 60 s");
                }
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(500))) {
                    Long stop = end.get(new TopicPartition(record.topic(), record.partition()));
                    if (stop != null && record.offset() < stop) {
                        records.add(record);
                    }
                }
            }
        }
        return records;
    }

    private Set<String> alreadyApplied(String topic, List<ConsumerRecord<String, String>> records) {
        List<String> keys = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            String id = header(record, CloudEventHeaders.ID);
            if (id != null) {
                keys.add(topic + "/" + id);
            }
        }
        Set<String> found = new HashSet<>();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            found.addAll(QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createQuery("select p.eventId from ProcessedEvent p where p.eventId in :ids", String.class)
                    .setParameter("ids", chunk)
                    .getResultList()));
        }
        return found;
    }

    private static RecordHeaders withoutDeadLetterHeaders(ConsumerRecord<String, String> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dlq_")) {
                headers.add(header);
            }
        }
        return headers;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
