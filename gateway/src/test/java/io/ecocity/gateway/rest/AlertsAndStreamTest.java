package io.ecocity.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.gateway.support.CityEvents;
import io.ecocity.gateway.support.DownstreamServicesTestResource;
import io.ecocity.gateway.support.Payloads;
import io.ecocity.gateway.support.SseClient;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Alerts sent to a real Kafka broker (in the test JVM) as the domain services send them reach the gateway's H2 view,
 * its alert list and a real SSE client; only the routes' downstream services are HTTP stubs, unused here.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(DownstreamServicesTestResource.class)
class AlertsAndStreamTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aStreamClientReceivesAnAlertRaisedThroughAServiceWithinTwoSeconds() throws Exception {
        CityEvents events = new CityEvents(bootstrapServers, json);
        String alertId = id("AS-LIVE");
        try (SseClient stream = new SseClient("http://localhost:" + RestAssured.port + "/api/city/stream")) {
            stream.await("ready", data -> true, Duration.ofSeconds(10));
            Instant sent = Instant.now();
            events.send(EventType.AIR_ALERT, alertId, Payloads.alert(alertId, "air", "WARNING", "RAISED", "虎门"));
            SseClient.Event alert = stream.await("alert", data -> data.contains(alertId), Duration.ofSeconds(2));
            long millis = Duration.between(sent, alert.receivedAt()).toMillis();
            System.out.println("[measure] alert on the stream " + millis + " ms after it was sent to air.alerts");
            assertTrue(alert.data().contains("\"state\":\"RAISED\""), alert.data());
        }
    }

    @Test
    void alertsAreFilteredPagedAndAcknowledged() {
        CityEvents events = new CityEvents(bootstrapServers, json);
        String air = id("AS-AIR");
        String water = id("AS-WATER");
        String waste = id("AS-WASTE");
        events.send(EventType.AIR_ALERT, air, Payloads.alert(air, "air", "WARNING", "RAISED", "茶山"));
        events.send(EventType.WATER_ALERT, water, Payloads.alert(water, "water", "CRITICAL", "RAISED", "沙田"));
        events.send(EventType.WASTE_ALERT, waste, Payloads.alert(waste, "waste", "INFO", "CLEARED", "石排"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().queryParam("limit", 1000)
                .get("/api/city/alerts").then().body("items.alertId", org.hamcrest.Matchers.hasItems(air, water, waste)));

        given().queryParam("domain", "water").queryParam("severity", "CRITICAL").queryParam("limit", 1000)
                .get("/api/city/alerts").then().statusCode(200)
                .body("items.alertId", hasItem(water))
                .body("items.alertId", not(hasItem(air)))
                .body("items.domain", everyItem(equalTo("water")));
        given().queryParam("state", "CLEARED").queryParam("limit", 1000).get("/api/city/alerts").then()
                .body("items.alertId", hasItem(waste)).body("items.alertId", not(hasItem(water)))
                .body("items.find { it.alertId == '" + waste + "' }.clearedAt", notNullValue());
        given().queryParam("severity", "LOUD").get("/api/city/alerts").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("severity"));

        String firstPage = given().queryParam("limit", 1).get("/api/city/alerts").then().statusCode(200)
                .extract().path("nextCursor");
        String firstId = given().queryParam("limit", 1).get("/api/city/alerts").then().extract().path("items[0].alertId");
        String secondId = given().queryParam("limit", 1).queryParam("cursor", firstPage).get("/api/city/alerts")
                .then().statusCode(200).extract().path("items[0].alertId");
        assertNotEquals(firstId, secondId, "the next page starts after the first");

        given().contentType("application/json").body("{\"by\":\"市局值班室\",\"note\":\"已通知沙田镇\"}")
                .post("/api/city/alerts/" + water + "/acknowledge").then().statusCode(200)
                .body("acknowledged", equalTo(true)).body("acknowledgedBy", equalTo("市局值班室"));
        given().contentType("application/json").body("{\"by\":\"someone else\"}")
                .post("/api/city/alerts/" + water + "/acknowledge").then().statusCode(200)
                .body("acknowledgedBy", equalTo("市局值班室"));
        given().queryParam("acknowledged", false).queryParam("limit", 1000).get("/api/city/alerts").then()
                .body("items.alertId", not(hasItem(water))).body("items.alertId", hasItem(air));
        given().contentType("application/json").body("{\"by\":\"x\"}")
                .post("/api/city/alerts/" + waste + "/acknowledge").then().statusCode(409);
        given().contentType("application/json").body("{\"by\":\"x\"}")
                .post("/api/city/alerts/NO-SUCH-ALERT/acknowledge").then().statusCode(404);
        given().contentType("application/json").body("{\"by\":\"\"}")
                .post("/api/city/alerts/" + air + "/acknowledge").then().statusCode(400)
                .body("errors.field", hasItem("by"));
    }

    @Test
    void anAlertRaisedAgainAfterItClearedNeedsANewAcknowledgement() {
        CityEvents events = new CityEvents(bootstrapServers, json);
        String alertId = id("AS-AGAIN");
        events.send(EventType.WATER_ALERT, alertId, Payloads.alert(alertId, "water", "WARNING", "RAISED", "沙田"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().contentType("application/json")
                .body("{\"by\":\"值班室\"}").post("/api/city/alerts/" + alertId + "/acknowledge").then().statusCode(200));
        events.send(EventType.WATER_ALERT, alertId, Payloads.alert(alertId, "water", "WARNING", "CLEARED", "沙田"));
        events.send(EventType.WATER_ALERT, alertId, Payloads.alert(alertId, "water", "WARNING", "RAISED", "沙田"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().queryParam("limit", 1000)
                .get("/api/city/alerts").then()
                .body("items.find { it.alertId == '" + alertId + "' }.state", equalTo("RAISED"))
                .body("items.find { it.alertId == '" + alertId + "' }.clearedAt", equalTo(null))
                .body("items.find { it.alertId == '" + alertId + "' }.acknowledged", equalTo(false)));
    }

    @Test
    void anAlertOfAnotherDomainOnATopicGoesToItsDeadLetterTopic() {
        String alertId = id("AS-MISPLACED");
        // a water alert on air.alerts: the schema allows it, the topic does not
        new TopicProbe(bootstrapServers).send(Topics.AIR_ALERTS, alertId,
                TopicProbe.cloudEventHeaders(UUID.randomUUID().toString(), EventType.AIR_ALERT.type()),
                "{\"alertId\":\"" + alertId + "\",\"domain\":\"water\",\"kind\":\"X\",\"severity\":\"INFO\","
                        + "\"state\":\"RAISED\",\"subjectId\":\"S\",\"town\":null,\"title\":\"t\",\"message\":\"m\","
                        + "\"value\":null,\"threshold\":null,\"unit\":null,\"raisedAt\":\"2026-11-28T10:00:00+08:00\"}");
        List<ConsumerRecord<String, String>> dead = new TopicProbe(bootstrapServers).readKey(
                Topics.deadLetterTopicOf(Topics.AIR_ALERTS), alertId, 1, Duration.ofSeconds(15));
        assertEquals(1, dead.size());
        assertEquals("a water alert on the air topic", TopicProbe.header(dead.get(0), "dlq_reason"));
        given().queryParam("limit", 1000).get("/api/city/alerts").then().body("items.alertId", not(hasItem(alertId)));
    }

    /**
     * Twenty duty officers acknowledge one alert at the same moment: every answer that is a 200 names the same,
     * stored acknowledger (the first), and the others are 409s; none is told it acknowledged while another's
     * acknowledgement is what was kept.
     */
    @Test
    void concurrentAcknowledgementsKeepOneAndTellEveryCallerWhich() throws Exception {
        CityEvents events = new CityEvents(bootstrapServers, json);
        String alertId = id("AS-RACE");
        events.send(EventType.AIR_ALERT, alertId, Payloads.alert(alertId, "air", "WARNING", "RAISED", "高埗"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().queryParam("limit", 1000)
                .get("/api/city/alerts").then().body("items.alertId", hasItem(alertId)));
        List<io.restassured.response.ExtractableResponse<io.restassured.response.Response>> answers =
                io.ecocity.support.testing.ConcurrentRequests.together(20, i -> given()
                        .contentType(io.restassured.http.ContentType.JSON).body("{\"by\":\"值班员" + i + "\"}")
                        .post("/api/city/alerts/" + alertId + "/acknowledge").then().extract());
        String stored = given().queryParam("limit", 1000).get("/api/city/alerts").then().extract().jsonPath()
                .getString("items.find { it.alertId == '" + alertId + "' }.acknowledgedBy");
        for (var answer : answers) {
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 409, answer.statusCode() + " " + answer.asString());
            if (answer.statusCode() == 200) {
                assertEquals(stored, answer.jsonPath().getString("acknowledgedBy"), "told one acknowledger, kept another");
            }
        }
        assertTrue(answers.stream().anyMatch(a -> a.statusCode() == 200));
    }
}
