package io.ecocity.gateway.restart;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What the city endpoints answer, kept in a file between the two halves of the restart test. Left out: the time of
 * the answer and what the gateway observes live of the services (their reachability and with it staleness), which a
 * restart legitimately re-learns.
 */
final class ViewSnapshot {

    static final Path FILE = Path.of("target", "city-view-before-restart.json");
    private static final Set<String> LIVE_FIELDS = Set.of("generatedAt", "stale", "staleReasons", "service");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ViewSnapshot() {
    }

    static ObjectNode take(String bootstrapServers) {
        ObjectNode snapshot = JSON.createObjectNode();
        snapshot.put("bootstrapServers", bootstrapServers);
        ObjectNode answers = snapshot.putObject("answers");
        for (String path : new String[] {"/api/city/overview", "/api/city/scorecard", "/api/city/towns",
                "/api/city/alerts?limit=1000", "/api/city/report?year=2022"}) {
            answers.set(path, withoutLiveFields(read(given().get(path).then().statusCode(200).extract().asString())));
        }
        return snapshot;
    }

    static void save(ObjectNode snapshot) {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(snapshot));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode load() {
        try {
            return read(Files.readString(FILE));
        } catch (IOException e) {
            throw new IllegalStateException("no snapshot at " + FILE + ": ViewBeforeRestartTest runs first", e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode withoutLiveFields(JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (LIVE_FIELDS.contains(field.getKey())) {
                    fields.remove();
                } else {
                    withoutLiveFields(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(ViewSnapshot::withoutLiveFields);
        }
        return node;
    }
}
