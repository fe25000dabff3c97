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
import io.ecocity.support.input.DecimalBounds;
import io.ecocity.support.input.TextBounds;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
        // before the schema, which compares numbers: 1e999999999 is a short literal but a gigabyte to compare or store;
        // a control character (a NUL) would be stored on H2 and refused by PostgreSQL: refused on both
        String unbounded = firstUnboundedValue(body, "$");
        if (unbounded != null) {
            throw new RejectedEventException(type.type() + " breaks its schema: " + unbounded);
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

    /**
     * The first value of the tree outside the suite's bounds, with its path: a number beyond {@link DecimalBounds},
     * a string with a control character other than a tab or a line break ({@link TextBounds}); else null.
     */
    private static String firstUnboundedValue(JsonNode node, String path) {
        if (node.isNumber()) {
            DecimalBounds.Checked checked = DecimalBounds.check(node);
            return checked.valid() ? null : path + " " + checked.problem();
        }
        if (node.isTextual()) {
            String problem = TextBounds.freeTextProblem(node.textValue());
            return problem == null ? null : path + " " + problem;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String problem = firstUnboundedValue(field.getValue(), path + "." + field.getKey());
                if (problem != null) {
                    return problem;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String problem = firstUnboundedValue(node.get(i), path + "[" + i + "]");
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }
}
