package io.ecocity.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document and the code's list of event types describe the same contract. Real files, nothing stubbed. */
class AsyncApiDocumentTest {

    private static JsonNode asyncApi;

    @BeforeAll
    static void readDocument() throws Exception {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            assertNotNull(in, "asyncapi.yaml is on the classpath");
            asyncApi = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void isAsyncApi3() {
        assertEquals("3.0.0", asyncApi.path("asyncapi").asText());
    }

    @Test
    void everyEventTypeIsDocumentedOnItsTopicWithItsSchema() {
        for (EventType type : EventType.values()) {
            JsonNode message = messageNamed(type.type());
            assertNotNull(message, type.type() + " is a message of the AsyncAPI document");
            assertEquals("./" + type.schemaResource(), message.path("payload").path("schema").path("$ref").asText(),
                    type.type() + " points at its schema");
            assertTrue(channelAddressesCarrying(type.type()).contains(type.topic()),
                    type.type() + " is listed on channel " + type.topic());
        }
    }

    @Test
    void everyDocumentedMessageIsAKnownEventType() {
        Iterator<Map.Entry<String, JsonNode>> messages = asyncApi.path("components").path("messages").fields();
        while (messages.hasNext()) {
            String name = messages.next().getValue().path("name").asText();
            assertTrue(EventType.ofType(name).isPresent(), name + " is an EventType");
        }
    }

    @Test
    void everyChannelIsATopicOfTheSuite() throws IllegalAccessException {
        Set<String> topics = new HashSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("DLQ_SUFFIX")) {
                topics.add((String) field.get(null));
            }
        }
        asyncApi.path("channels").forEach(channel -> {
            String address = channel.path("address").asText();
            String topic = address.endsWith(Topics.DLQ_SUFFIX)
                    ? address.substring(0, address.length() - Topics.DLQ_SUFFIX.length()) : address;
            assertTrue(topics.contains(topic), address + " is a topic named in Topics");
        });
    }

    @Test
    void everySchemaLoadsAndRejectsAnEmptyObject() {
        for (EventType type : EventType.values()) {
            assertFalse(EventContracts.violations(type.type(), "{}").isEmpty(),
                    type.type() + " schema requires its fields");
        }
    }

    private static JsonNode messageNamed(String name) {
        for (JsonNode message : asyncApi.path("components").path("messages")) {
            if (name.equals(message.path("name").asText())) {
                return message;
            }
        }
        return null;
    }

    private static Set<String> channelAddressesCarrying(String messageName) {
        Set<String> addresses = new HashSet<>();
        asyncApi.path("channels").forEach(channel -> channel.path("messages").forEach(ref -> {
            String pointer = ref.path("$ref").asText().replace("#/components/messages/", "");
            JsonNode message = asyncApi.path("components").path("messages").path(pointer);
            if (messageName.equals(message.path("name").asText())) {
                addresses.add(channel.path("address").asText());
            }
        }));
        return addresses;
    }
}
