package io.ecocity.gateway.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.support.events.ReceivedEvent;
import io.ecocity.support.events.RejectedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Reads an event body only when it keeps its contract (its JSON Schema); anything else is rejected to the DLQ. */
@ApplicationScoped
public class ContractReader {

    private final ObjectMapper json;

    public ContractReader(ObjectMapper objectMapper) {
        this.json = objectMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public EventType typeOf(ReceivedEvent event, EventType... accepted) {
        return Arrays.stream(accepted).filter(t -> t.type().equals(event.type())).findFirst()
                .orElseThrow(() -> new RejectedEventException(
                        "unexpected event type '" + event.type() + "' on " + event.topic()));
    }

    /** The domain a topic belongs to: topics are named {@code <domain>.<stream>}. */
    public static String domainOf(ReceivedEvent event) {
        return event.topic().substring(0, event.topic().indexOf('.'));
    }

    public <T> T read(ReceivedEvent event, EventType type, Class<T> payload) {
        List<String> violations = EventContracts.violations(type.type(), event.body());
        if (!violations.isEmpty()) {
            throw new RejectedEventException(type.type() + " breaks its schema: " + String.join("; ", violations));
        }
        try {
            return json.readValue(event.body(), payload);
        } catch (IOException e) {
            throw new RejectedEventException(type.type() + " cannot be read: " + e.getMessage(), e);
        }
    }
}
