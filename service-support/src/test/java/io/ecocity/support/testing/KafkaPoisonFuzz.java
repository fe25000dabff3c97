package io.ecocity.support.testing;

import static io.restassured.RestAssured.given;

import io.ecocity.events.Topics;
import io.ecocity.kafka.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The hostile-input corpus of {@link OpenApiFuzz}, sent to a topic the service under test consumes: whole bodies
 * nobody sane sends, a record without CloudEvents headers, one of an unknown type, one far above the size of any
 * event, and each absurd value in each field of a valid event. Then one valid event, which must be applied: the
 * consumer neither stops nor skips what follows. Every whole-body absurdity and header fault must reach the topic's
 * dead-letter topic with a reason; the field values may be valid (a null for an optional figure) and must then be
 * stored, which the service's own tests check; here they must only not stop the consumer.
 */
public final class KafkaPoisonFuzz {

    /** What a record carries: its headers and its body. */
    private record Poison(Map<String, String> headers, String body) {
    }

    private KafkaPoisonFuzz() {
    }

    /**
     * @param validEvent a valid body; {@code fields} are its top-level fields that the corpus replaces in turn
     * @param applied    true once {@code finalEvent} (valid, sent last) has been applied by the service
     */
    public static void assertPoisonIsDeadLettered(String bootstrapServers, String topic, String eventType, String key,
            String validEvent, List<String> fields, String finalEvent, BooleanSupplier applied) {
        List<Poison> certain = new ArrayList<>();
        for (String body : OpenApiFuzz.ABSURD_BODIES) {
            certain.add(new Poison(TopicProbe.cloudEventHeaders(UUID.randomUUID().toString(), eventType), body));
        }
        certain.add(new Poison(Map.of("content-type", "application/json"), validEvent));
        certain.add(new Poison(TopicProbe.cloudEventHeaders(UUID.randomUUID().toString(), eventType + ".nonsense"),
                validEvent));
        certain.add(new Poison(TopicProbe.cloudEventHeaders(UUID.randomUUID().toString(), eventType),
                "{\"x\":\"" + "x".repeat(900_000) + "\"}"));
        List<Poison> fieldValues = new ArrayList<>();
        for (String field : fields) {
            for (String value : OpenApiFuzz.ABSURD_VALUES) {
                String body = validEvent.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[^,}]*)", "\"" + field + "\":"
                        + Matcher.quoteReplacement(value));
                fieldValues.add(new Poison(TopicProbe.cloudEventHeaders(UUID.randomUUID().toString(), eventType), body));
            }
        }
        List<Poison> all = new ArrayList<>(certain);
        all.addAll(fieldValues);
        all.add(new Poison(TopicProbe.cloudEventHeaders(UUID.randomUUID().toString(), eventType), finalEvent));
        RecordMetadata lastSent = send(bootstrapServers, topic, key, all);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!applied.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the valid event sent after " + (all.size() - 1) + " hostile records on "
                        + topic + " was not applied within 60 s: the consumer stopped");
            }
            sleep();
        }
        // a consumer commits a record's offset once it is stored or dead-lettered: past the last one, every letter is written
        awaitCommittedPast(bootstrapServers, lastSent);
        List<ConsumerRecord<String, String>> dead = readToEnd(bootstrapServers, Topics.deadLetterTopicOf(topic)).stream()
                .filter(letter -> key.equals(letter.key())).toList();
        Set<String> deadBodies = new HashSet<>();
        dead.forEach(letter -> deadBodies.add(letter.value()));
        List<String> taken = fieldValues.stream().map(Poison::body).filter(body -> !deadBodies.contains(body))
                .map(KafkaPoisonFuzz::abbreviate).toList();
        System.out.println("KafkaPoisonFuzz (" + topic + "): " + all.size() + " records sent, " + dead.size()
                + " dead-lettered; taken as valid: " + taken);
        if (dead.size() < certain.size()) {
            throw new AssertionError(certain.size() + " records are certainly invalid, " + dead.size()
                    + " reached " + Topics.deadLetterTopicOf(topic));
        }
        for (ConsumerRecord<String, String> letter : dead) {
            String reason = TopicProbe.header(letter, "dlq_reason");
            if (reason == null || reason.isBlank()) {
                throw new AssertionError("a dead letter without its reason: " + abbreviate(letter.value()));
            }
        }
        given().get("/q/health/live").then().statusCode(200);
    }

    private static List<ConsumerRecord<String, String>> readToEnd(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4_000_000);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read " + topic + " to its end within 30 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
            }
        }
        return read;
    }

    private static void awaitCommittedPast(String bootstrapServers, RecordMetadata last) {
        TopicPartition partition = new TopicPartition(last.topic(), last.partition());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            while (true) {
                for (var group : admin.listConsumerGroups().all().get()) {
                    var committed = admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get()
                            .get(partition);
                    if (committed != null && committed.offset() > last.offset()) {
                        return;
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("no consumer group committed " + partition + " past offset " + last.offset()
                            + " within 60 s");
                }
                sleep();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the consumer groups' offsets", e);
        }
    }

    private static RecordMetadata send(String bootstrapServers, String topic, String key,
            List<Poison> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2_000_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            RecordMetadata last = null;
            for (Poison poison : records) {
                RecordHeaders headers = new RecordHeaders();
                poison.headers().forEach((name, value) ->
                        headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
                last = producer.send(new ProducerRecord<>(topic, null, key, poison.body(), headers)).get();
            }
            return last;
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 120 ? String.valueOf(body) : body.substring(0, 120) + "…";
    }
}
