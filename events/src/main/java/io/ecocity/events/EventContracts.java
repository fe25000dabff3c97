package io.ecocity.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks an event body against the JSON Schema of its type. */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<EventType, JsonSchema> SCHEMAS = new EnumMap<>(EventType.class);

    private EventContracts() {
    }

    /** The violations of the body against the schema of {@code ceType}; empty when it conforms. */
    public static List<String> violations(String ceType, String jsonBody) {
        EventType type = EventType.ofType(ceType)
                .orElseThrow(() -> new IllegalArgumentException("unknown event type '" + ceType + "'"));
        JsonNode body;
        try {
            body = JSON.readTree(jsonBody);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of("body is not JSON: " + e.getOriginalMessage());
        }
        Set<ValidationMessage> messages = schemaOf(type).validate(body);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    public static synchronized JsonSchema schemaOf(EventType type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(t.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("no schema " + t.schemaResource());
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
