package io.ecocity.gateway.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.kafka.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sends events to the real broker as the domain services would: built as the contract's record, checked against its schema. */
public final class CityEvents {

    private final TopicProbe probe;
    private final ObjectMapper json;
    private final String bootstrapServers;

    public CityEvents(String bootstrapServers, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.probe = new TopicProbe(bootstrapServers);
        this.json = json;
    }

    /** Sends the payload under a new event id; returns the id. */
    public String send(EventType type, String key, Object payload) {
        String id = UUID.randomUUID().toString();
        send(id, type, key, payload);
        return id;
    }

    public void send(String id, EventType type, String key, Object payload) {
        send(id, type, key, payload, Instant.now());
    }

    /** Sends the payload as stated by its service at {@code time} (the event's {@code ce_time}). */
    public void send(String id, EventType type, String key, Object payload, Instant time) {
        String body = body(payload);
        assertEquals(List.of(), EventContracts.violations(type.type(), body), "the test event keeps its contract");
        probe.send(type.topic(), key, headers(id, type, time), body);
    }

    /** An event to send with others in one record batch: the body as given (it may break its contract). */
    public record Outgoing(String id, EventType type, String body, Instant time) {
    }

    public Outgoing event(EventType type, Object payload, Instant time) {
        String body = body(payload);
        assertEquals(List.of(), EventContracts.violations(type.type(), body), "the test event keeps its contract");
        return new Outgoing(UUID.randomUUID().toString(), type, body, time);
    }

    /**
     * Sends the events under one key, so to one partition, in one record batch: the broker hands a batch to a
     * consumer whole, so they arrive in one poll, in this order.
     */
    public void sendTogether(String key, List<Outgoing> events) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "60000");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(4 * 1024 * 1024));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Outgoing event : events) {
                RecordHeaders headers = new RecordHeaders();
                headers(event.id(), event.type(), event.time())
                        .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
                sent.add(producer.send(new ProducerRecord<>(event.type().topic(), null, key, event.body(), headers)));
            }
            producer.flush();
            for (Future<RecordMetadata> one : sent) {
                one.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not send the events", e);
        }
    }

    private static Map<String, String> headers(String id, EventType type, Instant time) {
        Map<String, String> headers = new HashMap<>(TopicProbe.cloudEventHeaders(id, type.type()));
        headers.put("ce_time", time.toString());
        return headers;
    }

    private String body(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
