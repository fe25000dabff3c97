package io.ecocity.water.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.testing.ConcurrentRequests;
import io.ecocity.kafka.TopicProbe;
import io.ecocity.water.repository.SampleRepository;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Absurd input over HTTP and on water.samples (real broker in the test JVM, H2); nothing is stubbed. Never a 5xx,
 * nothing stored, the consumer goes on.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class WaterHostileInputTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    SampleRepository samples;

    private static String section(String id, String name, String latitude) {
        return """
                {"sectionId":"%s","name":"%s","river":"寒溪河","waterBodyType":"RIVER","level":"PROVINCIAL",
                 "town":"东坑","targetClass":"III","latitude":%s,"longitude":113.94,"assessed":false}"""
                .formatted(id, name, latitude);
    }

    private static io.restassured.response.ValidatableResponse postSection(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/water/sections").then();
    }

    private static synchronized void ensureSection(String id) {
        int status = given().get("/api/water/sections/" + id).statusCode();
        if (status == 404) {
            postSection(section(id, id, "22.99")).statusCode(201);
        }
    }

    private static String sample(String sectionId, String at, String values) {
        return "{\"sectionId\":\"" + sectionId + "\",\"sampledAt\":\"" + at + "\",\"values\":{" + values + "}}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e999999999", "1e-999999999", "1e30", "\"NaN\"", "NaN", "[1]", "{}",
            "0.000000000000000000001"})
    void anAbsurdValueOfASampleIsA400NamingItsFieldAndNothingIsStored(String value) {
        ensureSection("HOSTILE-W");
        given().contentType(ContentType.JSON)
                .body("[" + sample("HOSTILE-W", "2026-01-05T08:00:00+08:00", "\"DO\":" + value) + "]")
                .post("/api/water/samples").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", value.equals("NaN") ? equalTo("body") : equalTo("values.DO"))
                .body("errors[0].message", not(containsString("java")))
                .body("errors[0].message", not(containsString("`")));
        assertEquals(0, samples.count("sectionId", "HOSTILE-W"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "\"NaN\"", "\"north\"", "[22]", "1e30"})
    void anAbsurdCoordinateIsA400NamingIt(String latitude) {
        postSection(section("HOSTILE-LAT", "x", latitude)).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("latitude"))
                .body("detail", not(containsString("java"))).body("detail", not(containsString("SectionRequest")));
        given().get("/api/water/sections/HOSTILE-LAT").then().statusCode(404);
    }

    @Test
    void structureAndSizeAbuseAreProblemsNever5xx() {
        postSection("[".repeat(100) + "]".repeat(100)).statusCode(400).contentType("application/problem+json");
        postSection(section("HOSTILE-LONG", "x".repeat(1_100_000), "22.9")).statusCode(400)
                .contentType("application/problem+json");
        postSection(section("HOSTILE-LONG", "x".repeat(201), "22.9")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("name"));
        postSection(section("HOSTILE-DUP", "a\",\"name\":\"b", "22.9")).statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("name"));
        postSection("{\"sectionId\":\"HOSTILE-MISSING\"}").statusCode(400).contentType("application/problem+json");
        postSection(section("HOSTILE-CTRL\\u0000", "x", "22.9")).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sectionId"));
        given().contentType(ContentType.JSON).body("[" + "1".repeat(200) + "]").post("/api/water/samples").then()
                .statusCode(400).contentType("application/problem+json").body("detail", not(containsString("Stream")));
        given().contentType(ContentType.JSON).body("{\"waterBodyType\":\"RIVER\",\"values\":{\"DO\":1e999999999}}")
                .post("/api/water/classify").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("values.DO"));
    }

    @Test
    void periodsYearsCursorsAndPageSizesAreBounded() {
        ensureSection("HOSTILE-W");
        for (String query : List.of("from=-999999999-01-01&to=2020-01-01", "from=0001-01-01&to=9999-12-31",
                "from=2000-01-01&to=2020-01-01", "period=99999", "period=0001", "period=" + "9".repeat(40))) {
            given().get("/api/water/assessment?" + query).then().statusCode(400).contentType("application/problem+json");
            given().get("/api/water/sections/HOSTILE-W/samples?" + query).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().get("/api/water/treatment-tasks?year=999999999").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        given().get("/api/water/sections?limit=1000001").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/water/sections?cursor=" + "A".repeat(600)).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void twentyConcurrentRegistrationsOfOneSectionGiveOne201AndNineteen409() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bodies.add(section("HOSTILE-RACE", "断面 " + i, "22.99"));
        }
        ConcurrentRequests.assertOneCreatedOthersConflict(ConcurrentRequests.post("/api/water/sections", bodies), "/api/water/sections/HOSTILE-RACE");
    }

    @Test
    void anAbsurdSampleOnTheTopicIsDeadLetteredAndTheNextOneIsApplied() {
        ensureSection("HOSTILE-KFK");
        TopicProbe probe = new TopicProbe(bootstrapServers);
        String type = EventType.WATER_SAMPLE_REPORTED.type();
        for (String value : List.of("1e999999999", "1e-999999999", "NaN")) {
            probe.send(Topics.WATER_SAMPLES, "HOSTILE-KFK", TopicProbe.cloudEventHeaders(UUID.randomUUID().toString(), type),
                    sample("HOSTILE-KFK", "2026-02-01T08:00:00+08:00", "\"DO\":" + value));
        }
        probe.send(Topics.WATER_SAMPLES, "HOSTILE-KFK", TopicProbe.cloudEventHeaders(UUID.randomUUID().toString(), type),
                "[".repeat(200) + "]".repeat(200));
        probe.send(Topics.WATER_SAMPLES, "HOSTILE-KFK", TopicProbe.cloudEventHeaders(UUID.randomUUID().toString(), type),
                sample("HOSTILE-KFK", "2026-02-02T08:00:00+08:00", "\"DO\":6.5"));
        List<ConsumerRecord<String, String>> dead = probe.read(Topics.deadLetterTopicOf(Topics.WATER_SAMPLES),
                Duration.ofSeconds(30), seen -> mine(seen).size() >= 4);
        List<String> reasons = mine(dead).stream().map(r -> TopicProbe.header(r, "dlq_reason")).toList();
        assertEquals(4, reasons.size(), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("DO is too large")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("DO has too many decimal places")), reasons.toString());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/water/sections/HOSTILE-KFK/samples").then().statusCode(200)
                        .body("items.size()", equalTo(1)));
    }

    private static List<ConsumerRecord<String, String>> mine(List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> "HOSTILE-KFK".equals(r.key())).toList();
    }
}
