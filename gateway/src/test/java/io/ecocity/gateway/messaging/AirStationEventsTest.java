package io.ecocity.gateway.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.gateway.support.DownstreamServicesTestResource;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway consuming air.stations from a real Kafka broker (in the test JVM) into its H2 view; the events are sent
 * here as air-service would send them; only the routes' downstream services are HTTP stubs, unused here.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(DownstreamServicesTestResource.class)
class AirStationEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    private static volatile boolean consumerSeenRunning;

    private static String station(String id, String town, int revision) {
        return """
                {"stationId":"%s","name":"测试站","town":"%s","latitude":22.9,"longitude":113.6,
                 "kind":"PROVINCIAL","assessed":true,"revision":%d,"changedAt":"2026-11-28T10:00:00+08:00"}"""
                .formatted(id, town, revision);
    }

    private void send(String id, String type, String key, String body) {
        new TopicProbe(bootstrapServers).send(Topics.AIR_STATIONS, key, TopicProbe.cloudEventHeaders(id, type), body);
    }

    /**
     * The two seconds are those of a running gateway: when this class runs first, the consumer may still be joining
     * its group on a broker that was created a moment ago, so one event is seen through before the clock starts.
     */
    @BeforeEach
    void theConsumerIsRunning() {
        if (consumerSeenRunning) {
            return;
        }
        send(UUID.randomUUID().toString(), EventType.AIR_STATION_REGISTERED.type(), "GW-WARM-UP",
                station("GW-WARM-UP", "虎门", 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/city/overview").then().body("air.stations.stationId", hasItem("GW-WARM-UP")));
        consumerSeenRunning = true;
    }

    @Test
    void aRegisteredStationAppearsInTheOverviewWithinTwoSeconds() {
        send(UUID.randomUUID().toString(), EventType.AIR_STATION_REGISTERED.type(), "GW-1", station("GW-1", "虎门", 1));
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().get("/api/city/overview").then().statusCode(200)
                        .body("air.stations.stationId", hasItem("GW-1"))
                        .body("air.freshness.stale", equalTo(false)));
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterTopicAndTheNextGoodOneIsApplied() {
        String badId = UUID.randomUUID().toString();
        send(badId, EventType.AIR_STATION_REGISTERED.type(), "GW-BAD", "{\"stationId\":\"GW-BAD\",\"kind\":42}");
        new TopicProbe(bootstrapServers).send(Topics.AIR_STATIONS, "GW-NOHEADERS", Map.of(), station("GW-NOHEADERS", "莞城", 1));
        send(UUID.randomUUID().toString(), EventType.AIR_STATION_REGISTERED.type(), "GW-GOOD", station("GW-GOOD", "沙田", 1));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/api/city/overview").then()
                        .body("air.stations.stationId", hasItem("GW-GOOD"))
                        .body("air.stations.stationId", not(hasItem("GW-BAD")))
                        .body("air.stations.stationId", not(hasItem("GW-NOHEADERS"))));

        List<ConsumerRecord<String, String>> dead = new TopicProbe(bootstrapServers).read(
                Topics.deadLetterTopicOf(Topics.AIR_STATIONS), Duration.ofSeconds(15),
                records -> records.stream().filter(r -> r.key().startsWith("GW-BAD") || r.key().equals("GW-NOHEADERS"))
                        .count() >= 2);
        Map<String, String> reasonByKey = new HashMap<>();
        dead.forEach(r -> reasonByKey.put(r.key(), TopicProbe.header(r, "dlq_reason")));
        assertTrue(reasonByKey.get("GW-BAD").contains("breaks its schema"), reasonByKey.toString());
        assertEquals("missing CloudEvents header ce_id", reasonByKey.get("GW-NOHEADERS"));
        ConsumerRecord<String, String> badRecord = dead.stream().filter(r -> "GW-BAD".equals(r.key())).findFirst().orElseThrow();
        assertEquals(badId, TopicProbe.header(badRecord, "ce_id"), "the dead letter keeps the original headers");
        assertEquals(Topics.AIR_STATIONS, TopicProbe.header(badRecord, "dlq_original_topic"));
    }

    @Test
    void aRedeliveredEventIsAppliedOnceAndAnOlderRevisionNeverUndoesANewerOne() {
        String id = UUID.randomUUID().toString();
        send(id, EventType.AIR_STATION_REGISTERED.type(), "GW-DUP", station("GW-DUP", "茶山", 1));
        send(UUID.randomUUID().toString(), EventType.AIR_STATION_UPDATED.type(), "GW-DUP", station("GW-DUP", "石排", 2));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/api/city/overview").then()
                        .body("air.stations.find { it.stationId == 'GW-DUP' }.town", equalTo("石排"))
                        .body("air.freshness.lastEventType", equalTo(EventType.AIR_STATION_UPDATED.type())));

        send(id, EventType.AIR_STATION_REGISTERED.type(), "GW-DUP", station("GW-DUP", "茶山", 1));
        // a rejected event on the same key is consumed after the copy and touches nothing of the view: once it is
        // dead-lettered, the copy was consumed
        String marker = UUID.randomUUID().toString();
        send(marker, EventType.AIR_STATION_UPDATED.type(), "GW-DUP", "{\"stationId\":\"GW-DUP\",\"kind\":42}");
        new TopicProbe(bootstrapServers).read(Topics.deadLetterTopicOf(Topics.AIR_STATIONS), Duration.ofSeconds(15),
                records -> records.stream().anyMatch(r -> marker.equals(TopicProbe.header(r, "ce_id"))));

        long recorded = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(p) from ProcessedEvent p where p.eventId like :key", Long.class)
                .setParameter("key", "%" + id).getSingleResult());
        assertEquals(1, recorded, "the redelivered event was recorded once");
        // applied again, the copy would be heard again: the air domain's last event would be a registration
        given().get("/api/city/overview").then()
                .body("air.freshness.lastEventType", equalTo(EventType.AIR_STATION_UPDATED.type()))
                .body("air.stations.find { it.stationId == 'GW-DUP' }.town", equalTo("石排"));
    }
}
