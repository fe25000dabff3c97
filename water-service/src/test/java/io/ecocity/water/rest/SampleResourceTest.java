package io.ecocity.water.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static io.ecocity.water.rest.WaterTestClient.post;
import static io.ecocity.water.rest.WaterTestClient.register;
import static io.ecocity.water.rest.WaterTestClient.sample;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Samples over REST into H2, classified, and their events on a real Kafka broker (in the test JVM); nothing stubbed. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class SampleResourceTest {

    private static final String WORKED_EXAMPLE = "DO 5.5,CODMn 7,NH3N 2.1,TP 0.25,PH 7.4,COD 18,BOD5 3.5,F 0.4";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theWorkedExampleIsStoredClassifiedAndAnnouncedWithItsAlertAndSectionYear() {
        register("SMP-WORKED", "III", false);
        post(sample("SMP-WORKED", "2026-03-05T10:00:00+08:00", WORKED_EXAMPLE.split(",")))
                .statusCode(200)
                .body("created", equalTo(1))
                .body("items[0].outcome", equalTo("CREATED"))
                .body("items[0].waterClass", equalTo("WORSE_THAN_V"))
                .body("items[0].mainPollutants", equalTo(List.of("NH3N", "TP", "CODMn")));

        WaterTestClient client = new WaterTestClient(bootstrapServers);
        List<ConsumerRecord<String, String>> assessed = client.events(Topics.WATER_ASSESSMENTS, "SMP-WORKED",
                EventType.WATER_SAMPLE_ASSESSED.type(), 1, Duration.ofSeconds(15));
        assertEquals(1, assessed.size());
        JsonNode sample = WaterTestClient.conforming(assessed.get(0));
        assertEquals("WORSE_THAN_V", sample.get("waterClass").asText());
        assertEquals("2026-03-05T10:00:00+08:00", sample.get("sampledAt").asText());
        assertEquals(List.of("NH3N", "TP", "CODMn"), texts(sample.get("mainPollutants")));
        assertEquals(List.of("CODMn", "NH3N", "TP"), texts(sample.get("itemsBreakingTarget")));
        assertTrue(!sample.get("meetsTarget").asBoolean() && !sample.get("correction").asBoolean());
        Map<String, BigDecimal> multiples = new HashMap<>();
        sample.get("items").forEach(item -> {
            if (!item.get("exceedanceMultiple").isNull()) {
                multiples.put(item.get("item").asText(), item.get("exceedanceMultiple").decimalValue());
            }
        });
        assertEquals(3, multiples.size(), "multiples only for the items worse than III: " + multiples);
        assertThat(multiples.get("NH3N")).isEqualByComparingTo(new BigDecimal("1.1"));
        assertThat(multiples.get("TP")).isEqualByComparingTo(new BigDecimal("0.25"));
        assertThat(multiples.get("CODMn")).isEqualByComparingTo(new BigDecimal("0.17"));

        List<ConsumerRecord<String, String>> alerts = client.events(Topics.WATER_ALERTS,
                "water:SAMPLE_WORSE_THAN_TARGET:SMP-WORKED:2026-03-05T10:00:00+08:00",
                EventType.WATER_ALERT.type(), 1, Duration.ofSeconds(15));
        assertEquals(1, alerts.size());
        JsonNode alert = WaterTestClient.conforming(alerts.get(0));
        assertEquals("CRITICAL", alert.get("severity").asText());
        assertTrue(alert.get("message").asText().contains("氨氮"), alert.get("message").asText());

        List<ConsumerRecord<String, String>> year = client.events(Topics.WATER_ASSESSMENTS, "SMP-WORKED",
                EventType.WATER_SECTION_ASSESSED.type(), 1, Duration.ofSeconds(15));
        assertEquals(1, year.size());
        JsonNode section = WaterTestClient.conforming(year.get(0));
        assertEquals("2026", section.get("period").asText());
        assertEquals("2026-01-01", section.get("from").asText());
        assertEquals("2026-03-05", section.get("to").asText());
        assertEquals("WORSE_THAN_V", section.get("waterClass").asText());
        assertTrue(section.get("lastYearClass").isNull() && section.get("classChange").isNull());
    }

    @Test
    void badSamplesAreRefusedNamingEachOneAndNothingOfTheBatchIsStored() {
        register("SMP-BAD", "III", false);
        post(sample("SMP-BAD", "2026-04-01T09:00:00+08:00", "DO 6"),
                sample("NO-SUCH-SECTION", "2026-04-01T09:00:00+08:00", "DO 6"),
                sample("SMP-BAD", "2026-04-02T09:00:00+08:00", "XX 1"),
                sample("SMP-BAD", "2026-04-03T09:00:00+08:00", "NH3N -0.1"),
                sample("SMP-BAD", "2026-04-04T09:00:00+08:00", "PH 14.5"),
                sample("SMP-BAD", "2026-04-05T09:00:00+08:00", "DO 6"),
                sample("SMP-BAD", "2026-04-05T01:00:00Z", "DO 7"),
                sample("SMP-BAD", "2099-01-01T00:00:00+08:00", "DO 7"),
                "{\"sectionId\":\"SMP-BAD\",\"sampledAt\":\"2026-04-06\",\"values\":{\"DO\":\"six\"},\"depth\":1}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was stored"))
                .body("errors.index", containsInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 8, 8))
                .body("errors.field", containsInAnyOrder("sectionId", "values.XX", "values.NH3N", "values.PH",
                        "sampledAt", "sampledAt", "sampledAt", "depth", "sampledAt", "values.DO"))
                .body("errors.find { it.index == 4 }.message", containsString("0–14"))
                .body("errors.find { it.index == 5 }.message", containsString("item 6"));

        given().queryParam("period", "2026").get("/api/water/sections/SMP-BAD/samples")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().contentType("application/json").body("{\"not\":\"an array\"}").post("/api/water/samples")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void aResubmissionIsACorrectionThatClearsItsAlertAndTheSameValuesAgainChangeNothing() {
        register("SMP-FIX", "III", false);
        String at = "2026-06-10T09:30:00+08:00";
        post(sample("SMP-FIX", at, "DO 4.0", "NH3N 0.5")).statusCode(200).body("created", equalTo(1));
        post(sample("SMP-FIX", at, "DO 6.0", "NH3N 0.5")).statusCode(200).body("corrected", equalTo(1))
                .body("items[0].waterClass", equalTo("II"));
        post(sample("SMP-FIX", at, "DO 6.00", "NH3N 0.50")).statusCode(200).body("unchanged", equalTo(1));

        WaterTestClient client = new WaterTestClient(bootstrapServers);
        String alertId = "water:DO_BELOW_TARGET:SMP-FIX:" + at;
        List<ConsumerRecord<String, String>> alerts = client.events(Topics.WATER_ALERTS, alertId,
                EventType.WATER_ALERT.type(), 2, Duration.ofSeconds(15));
        assertEquals(List.of("RAISED", "CLEARED"),
                alerts.stream().map(r -> WaterTestClient.conforming(r).get("state").asText()).toList());
        JsonNode raised = WaterTestClient.conforming(alerts.get(0));
        assertThat(raised.get("value").decimalValue()).isEqualByComparingTo(new BigDecimal("4"));
        assertThat(raised.get("threshold").decimalValue()).isEqualByComparingTo(new BigDecimal("5"));

        List<ConsumerRecord<String, String>> assessed = client.events(Topics.WATER_ASSESSMENTS, "SMP-FIX",
                EventType.WATER_SAMPLE_ASSESSED.type(), 3, Duration.ofSeconds(5));
        assertEquals(List.of(false, true), assessed.stream()
                .map(r -> WaterTestClient.conforming(r).get("correction").asBoolean()).toList(),
                "the unchanged resubmission announced nothing");
        given().queryParam("state", "RAISED").queryParam("sectionId", "SMP-FIX").get("/api/water/alerts")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().get("/api/water/sections/SMP-FIX/samples").then().statusCode(200)
                .body("items[0].revision", equalTo(2)).body("items[0].values.DO", equalTo(6));
    }

    @Test
    void aBatchRecomputesEachSectionYearOnce() {
        register("SMP-BATCH", "II", false);
        List<String> samples = new ArrayList<>();
        for (int month = 1; month <= 10; month++) {
            samples.add(sample("SMP-BATCH", "2026-%02d-08T09:00:00+08:00".formatted(month), "DO 7", "NH3N 0.3",
                    "TP 0.05", "CODMn 3"));
        }
        samples.add(sample("SMP-BATCH", "2025-12-08T09:00:00+08:00", "DO 4", "NH3N 1.2"));
        post(samples.toArray(String[]::new)).statusCode(200).body("created", equalTo(11));

        WaterTestClient client = new WaterTestClient(bootstrapServers);
        List<ConsumerRecord<String, String>> years = client.events(Topics.WATER_ASSESSMENTS, "SMP-BATCH",
                EventType.WATER_SECTION_ASSESSED.type(), 3, Duration.ofSeconds(6));
        assertEquals(2, years.size(), "one event per section-year: 2025 and 2026");
        JsonNode of2026 = years.stream().map(WaterTestClient::conforming)
                .filter(n -> n.get("period").asText().equals("2026")).findFirst().orElseThrow();
        assertEquals(10, of2026.get("sampleCount").asInt());
        assertEquals("II", of2026.get("waterClass").asText());
        assertTrue(of2026.get("meetsTarget").asBoolean());
        assertEquals(10, client.events(Topics.WATER_ASSESSMENTS, "SMP-BATCH", EventType.WATER_SAMPLE_ASSESSED.type(),
                11, Duration.ofSeconds(10)).stream().filter(r -> r.value().contains("\"2026-")).count());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
