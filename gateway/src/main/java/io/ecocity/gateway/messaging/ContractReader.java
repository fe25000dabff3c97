package io.ecocity.gateway.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.ValidationMessage;
import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.support.events.ReceivedEvent;
import io.ecocity.support.events.RejectedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads an event body only when it keeps its contract (its JSON Schema); anything else is rejected to the DLQ. The
 * body is parsed once: the schema is checked on the parsed tree and the payload is bound from the same tree.
 */
@ApplicationScoped
public class ContractReader {

    private final ObjectMapper json;

    public ContractReader(ObjectMapper objectMapper) {
        // decimals stay exact in the tree (no detour through double), as the services stated them
        this.json = objectMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
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
        JsonNode body;
        try {
            body = json.readTree(event.body());
        } catch (JsonProcessingException e) {
            throw new RejectedEventException(type.type() + " breaks its schema: body is not JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (body == null || body.isMissingNode()) {
            throw new RejectedEventException(type.type() + " breaks its schema: body is not JSON");
        }
        Set<ValidationMessage> messages = EventContracts.schemaOf(type).validate(body);
        if (!messages.isEmpty()) {
            List<String> violations = messages.stream().map(ValidationMessage::getMessage).sorted().toList();
            throw new RejectedEventException(type.type() + " breaks its schema: " + String.join("; ", violations));
        }
        try {
            return json.treeToValue(body, payload);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new RejectedEventException(type.type() + " cannot be read: " + e.getMessage(), e);
        }
    }
}
