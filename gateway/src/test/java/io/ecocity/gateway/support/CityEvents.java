package io.ecocity.gateway.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.kafka.TopicProbe;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sends events to the real broker as the domain services would: built as the contract's record, checked against its schema. */
public final class CityEvents {

    private final TopicProbe probe;
    private final ObjectMapper json;

    public CityEvents(String bootstrapServers, ObjectMapper json) {
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
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(List.of(), EventContracts.violations(type.type(), body), "the test event keeps its contract");
        Map<String, String> headers = new HashMap<>(TopicProbe.cloudEventHeaders(id, type.type()));
        headers.put("ce_time", time.toString());
        probe.send(type.topic(), key, headers, body);
    }
}
