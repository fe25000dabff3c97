package io.ecocity.water.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.ecocity.water.repository.SampleRepository;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Samples sent to water.samples on a real Kafka broker (in the test JVM), consumed into H2; nothing is stubbed. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class SampleEventHandlerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    SampleRepository samples;

    private static void register(String id) {
        given().contentType(ContentType.JSON).body("""
                {"sectionId":"%s","name":"%s","river":"寒溪河","waterBodyType":"RIVER","level":"PROVINCIAL",
                 "town":"东坑","targetClass":"III","latitude":22.99,"longitude":113.94,"assessed":false}""".formatted(id, id))
                .post("/api/water/sections").then().statusCode(201);
    }

    private void send(TopicProbe probe, String key, String type, String body) {
        probe.send(Topics.WATER_SAMPLES, key, TopicProbe.cloudEventHeaders(UUID.randomUUID().toString(), type), body);
    }

    private static String sample(String sectionId, String at, String values) {
        return "{\"sectionId\":\"" + sectionId + "\",\"sampledAt\":\"" + at + "\",\"values\":{" + values + "}}";
    }

    @Test
    void aSampleAndItsCorrectionAreStoredClassifiedAndAnnounced() {
        register("KFK-OK");
        TopicProbe probe = new TopicProbe(bootstrapServers);
        String type = EventType.WATER_SAMPLE_REPORTED.type();
        send(probe, "KFK-OK", type, sample("KFK-OK", "2026-07-01T08:00:00+08:00", "\"DO\":2.5,\"NH3N\":0.4"));
        send(probe, "KFK-OK", type, sample("KFK-OK", "2026-07-01T08:00:00+08:00", "\"DO\":5.2,\"NH3N\":0.4"));

        List<ConsumerRecord<String, String>> assessed = probe.read(Topics.WATER_ASSESSMENTS, Duration.ofSeconds(20),
                seen -> ofType(seen, "KFK-OK", EventType.WATER_SAMPLE_ASSESSED).size() >= 2);
        List<ConsumerRecord<String, String>> sampleEvents = ofType(assessed, "KFK-OK", EventType.WATER_SAMPLE_ASSESSED);
        assertEquals(2, sampleEvents.size());
        assertTrue(sampleEvents.get(0).value().contains("\"waterClass\":\"V\""), sampleEvents.get(0).value());
        assertTrue(sampleEvents.get(1).value().contains("\"correction\":true"), sampleEvents.get(1).value());
        assertTrue(sampleEvents.get(1).value().contains("\"waterClass\":\"III\""), sampleEvents.get(1).value());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/api/water/sections/KFK-OK/samples")
                .then().body("items.size()", org.hamcrest.Matchers.equalTo(1))
                .body("items[0].values.DO", org.hamcrest.Matchers.equalTo(5.2f)));
    }

    @Test
    void badSamplesGoToTheDeadLetterTopicWithTheirReasonAndNothingIsStored() {
        register("KFK-BAD");
        TopicProbe probe = new TopicProbe(bootstrapServers);
        String type = EventType.WATER_SAMPLE_REPORTED.type();
        Map<String, String> reasonByMarker = Map.of(
                "2026-08-01T08:00:00+08:00", "unknown item 'NO3'",
                "2026-08-02T08:00:00+08:00", "must not be negative",
                "2026-08-03T08:00:00+08:00", "0–14",
                "2026-08-04T08:00:00+08:00", "differs from sectionId");
        send(probe, "KFK-BAD", type, sample("KFK-BAD", "2026-08-01T08:00:00+08:00", "\"NO3\":1.2"));
        send(probe, "KFK-BAD", type, sample("KFK-BAD", "2026-08-02T08:00:00+08:00", "\"TP\":-0.02"));
        send(probe, "KFK-BAD", type, sample("KFK-BAD", "2026-08-03T08:00:00+08:00", "\"PH\":14.2"));
        send(probe, "ANOTHER-KEY", type, sample("KFK-BAD", "2026-08-04T08:00:00+08:00", "\"DO\":6"));
        send(probe, "KFK-UNKNOWN", type, sample("KFK-UNKNOWN", "2026-08-05T08:00:00+08:00", "\"DO\":6"));
        send(probe, "KFK-BAD", EventType.WATER_SECTION_UPDATED.type(), sample("KFK-BAD", "2026-08-06T08:00:00+08:00", "\"DO\":6"));
        send(probe, "KFK-BAD", type, "not json");

        List<ConsumerRecord<String, String>> dead = probe.read(Topics.deadLetterTopicOf(Topics.WATER_SAMPLES),
                Duration.ofSeconds(30), seen -> mine(seen).size() >= 7);
        Map<String, String> reasons = mine(dead).stream().collect(Collectors.toMap(
                SampleEventHandlerTest::sampledAtOrBody,
                r -> TopicProbe.header(r, "dlq_reason"), (a, b) -> a + " | " + b));
        assertEquals(7, mine(dead).size(), "every bad event is dead-lettered: " + reasons);
        reasonByMarker.forEach((marker, reason) -> assertTrue(reasons.get(marker).contains(reason),
                marker + " → " + reasons.get(marker)));
        assertTrue(reasons.get("2026-08-05T08:00:00+08:00").contains("unknown section 'KFK-UNKNOWN'"));
        assertTrue(reasons.get("2026-08-06T08:00:00+08:00").contains("unexpected ce_type"));
        assertTrue(reasons.get("not json").contains("not JSON"));
        assertEquals(0, samples.count("sectionId in ?1", List.of("KFK-BAD", "KFK-UNKNOWN")), "nothing of them is stored");
    }

    /** Which of the sent events a dead letter is: its sampling time, or the whole body when it is not JSON. */
    private static String sampledAtOrBody(ConsumerRecord<String, String> record) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"sampledAt\":\"([^\"]+)\"").matcher(record.value());
        return matcher.find() ? matcher.group(1) : record.value();
    }

    private static List<ConsumerRecord<String, String>> mine(List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> r.value().contains("KFK-BAD") || r.value().contains("KFK-UNKNOWN")
                || r.value().equals("not json")).toList();
    }

    private static List<ConsumerRecord<String, String>> ofType(List<ConsumerRecord<String, String>> records, String key,
            EventType type) {
        return records.stream().filter(r -> key.equals(r.key()) && type.type().equals(TopicProbe.header(r, "ce_type")))
                .toList();
    }
}
