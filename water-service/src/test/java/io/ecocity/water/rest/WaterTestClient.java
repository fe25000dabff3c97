package io.ecocity.water.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventContracts;
import io.ecocity.kafka.TopicProbe;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What the tests do over the service's real HTTP API and read from the real broker. */
final class WaterTestClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TopicProbe probe;

    WaterTestClient(String bootstrapServers) {
        this.probe = new TopicProbe(bootstrapServers);
    }

    TopicProbe probe() {
        return probe;
    }

    static String section(String id, String name, String type, String targetClass, boolean assessed) {
        return """
                {"sectionId":"%s","name":"%s","river":"东江南支流","waterBodyType":"%s","level":"NATIONAL","town":"沙田",
                 "targetClass":"%s","latitude":22.9170,"longitude":113.6150,"assessed":%s}"""
                .formatted(id, name, type, targetClass, assessed);
    }

    static void register(String id, String targetClass, boolean assessed) {
        given().contentType(ContentType.JSON).body(section(id, "断面" + id, "RIVER", targetClass, assessed))
                .post("/api/water/sections").then().statusCode(201);
    }

    /** One sample as JSON: values given as "CODE value" pairs, e.g. sample("S", "2026-05-01T09:00:00+08:00", "DO 5.5"). */
    static String sample(String sectionId, String sampledAt, String... values) {
        String items = java.util.Arrays.stream(values).map(v -> v.split(" "))
                .map(p -> "\"" + p[0] + "\":" + p[1]).collect(Collectors.joining(","));
        return "{\"sectionId\":\"" + sectionId + "\",\"sampledAt\":\"" + sampledAt + "\",\"values\":{" + items + "}}";
    }

    static ValidatableResponse post(String... samples) {
        return given().contentType(ContentType.JSON).body("[" + String.join(",", samples) + "]")
                .post("/api/water/samples").then();
    }

    /** The events of {@code type} under {@code key}, once at least {@code count} arrived or the wait is over. */
    List<ConsumerRecord<String, String>> events(String topic, String key, String type, int count, Duration wait) {
        return probe.read(topic, wait, seen -> matching(seen, key, type).size() >= count).stream()
                .filter(r -> key.equals(r.key()) && type.equals(TopicProbe.header(r, "ce_type")))
                .toList();
    }

    private static List<ConsumerRecord<String, String>> matching(List<ConsumerRecord<String, String>> seen, String key,
            String type) {
        return seen.stream().filter(r -> key.equals(r.key()) && type.equals(TopicProbe.header(r, "ce_type"))).toList();
    }

    /** The body of an event, after checking it against its JSON Schema. */
    static JsonNode conforming(ConsumerRecord<String, String> record) {
        String type = TopicProbe.header(record, "ce_type");
        List<String> violations = EventContracts.violations(type, record.value());
        if (!violations.isEmpty()) {
            throw new AssertionError(type + " breaks its schema: " + violations + "\n" + record.value());
        }
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, String> headers(String id, String type) {
        return TopicProbe.cloudEventHeaders(id, type);
    }
}
