package io.ecocity.support.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the service's own /q/openapi document and sends boundary bodies to every POST, PUT and PATCH: whole-body
 * absurdities, and each top-level field of the request schema set to each absurd value in turn, once alone and once
 * inside a body whose other fields are plausible (so the value gets past "required" to the checks behind it).
 */
public final class OpenApiFuzz {

    public static final List<String> ABSURD_VALUES = List.of("1e999999999", "-1e999999999", "1e-999999999", "-0", "\"NaN\"",
            "\"Infinity\"", "\"" + "x".repeat(10_000) + "\"", "\"\\u0000\\u001f\"", "[]", "{}", "null", "true",
            "[" + "1,".repeat(999) + "1]", "\"2020-13-45T99:00:00+25:00\"", "\"+999999999-12-31\"",
            "99999999999999999999999999");
    public static final List<String> ABSURD_BODIES = List.of("", "null", "{}", "[]", "1e999999999", "\"x\"", "[{}]",
            "[" + "[".repeat(200) + "]".repeat(200) + "]", "{\"a\":1,\"a\":2}", "not json", "[null]");

    public record Outcome(int requests, List<String> serverErrors) {
    }

    private OpenApiFuzz() {
    }

    public static Outcome run() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().accept(ContentType.JSON).get("/q/openapi?format=json").asString());
        List<String> serverErrors = new ArrayList<>();
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String url = path.getKey().replace("{year}", "2024").replaceAll("\\{[^}]+}", "FUZZ-1");
            for (String method : List.of("post", "put", "patch")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<String> bodies = new ArrayList<>(ABSURD_BODIES);
                JsonNode schema = resolve(doc, operation.path("requestBody").path("content").path("application/json")
                        .path("schema"));
                boolean array = "array".equals(schema.path("type").asText());
                JsonNode properties = resolve(doc, array ? schema.path("items") : schema).path("properties");
                for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    for (String value : ABSURD_VALUES) {
                        for (String object : List.of("{\"" + name + "\":" + value + "}",
                                plausibleObject(doc, properties, name, value))) {
                            bodies.add(array ? "[" + object + "]" : object);
                        }
                    }
                }
                for (String body : bodies) {
                    int status = given().contentType(ContentType.JSON).body(body).request(method.toUpperCase(), url)
                            .statusCode();
                    requests++;
                    if (status >= 500) {
                        serverErrors.add(method.toUpperCase() + " " + url + " " + abbreviate(body) + " → " + status);
                    }
                }
            }
        }
        return new Outcome(requests, serverErrors);
    }

    /**
     * The request's JSON with every top-level field plausible for its schema (its example, first enum value or a
     * value of its type and format) except {@code field}, which carries {@code value}.
     */
    private static String plausibleObject(JsonNode doc, JsonNode properties, String field, String value) {
        StringBuilder object = new StringBuilder("{");
        for (Iterator<Map.Entry<String, JsonNode>> fields = properties.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> property = fields.next();
            object.append(object.length() > 1 ? "," : "").append('"').append(property.getKey()).append("\":")
                    .append(property.getKey().equals(field) ? value : plausible(resolve(doc, property.getValue())));
        }
        return object.append('}').toString();
    }

    private static String plausible(JsonNode schema) {
        if (schema.has("example")) {
            return schema.get("example").toString();
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0).toString();
        }
        return switch (schema.path("type").asText("")) {
            case "number", "integer" -> "1";
            case "boolean" -> "true";
            case "array" -> "[]";
            case "object" -> "{}";
            default -> switch (schema.path("format").asText("")) {
                case "date-time" -> "\"2024-01-01T01:00:00+08:00\"";
                case "date" -> "\"2024-01-01\"";
                default -> "\"FUZZ-1\"";
            };
        };
    }

    /** Runs the fuzz against the service under test, prints what it sent and fails on any 5xx. */
    public static void assertNoServerError(String service) throws Exception {
        Outcome outcome = run();
        System.out.println("OpenApiFuzz (" + service + "): " + outcome.requests() + " requests, "
                + outcome.serverErrors().size() + " server errors");
        if (outcome.requests() <= 100) {
            throw new AssertionError("the document of " + service + " names too few writes: " + outcome.requests() + " requests");
        }
        if (!outcome.serverErrors().isEmpty()) {
            throw new AssertionError(outcome.serverErrors().size() + " server errors:\n" + String.join("\n", outcome.serverErrors()));
        }
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static String abbreviate(String body) {
        return body.length() > 80 ? body.substring(0, 80) + "…" : body;
    }
}
