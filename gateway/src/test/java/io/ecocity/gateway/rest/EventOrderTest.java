package io.ecocity.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventType;
import io.ecocity.events.air.AirHourlyAssessment;
import io.ecocity.events.air.AirStation;
import io.ecocity.gateway.support.CityEvents;
import io.ecocity.gateway.support.DownstreamServicesTestResource;
import io.ecocity.gateway.support.Payloads;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Every projection of the view ignores an event older than what it holds: events sent to the real broker (in the
 * test JVM) out of their order, as a replay or a redelivery delivers them, into the gateway's real database.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(DownstreamServicesTestResource.class)
class EventOrderTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAlertClearedThenALateRaisedOfBeforeStaysCleared() {
        CityEvents events = new CityEvents(bootstrapServers, json);
        String alertId = id("EO-ALERT");
        Instant raised = Instant.now().minusSeconds(120);
        Instant cleared = raised.plusSeconds(60);
        events.send(UUID.randomUUID().toString(), EventType.AIR_ALERT, alertId,
                Payloads.alert(alertId, "air", "WARNING", "CLEARED", "洪梅"), cleared);
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("limit", 1000).get("/api/city/alerts").then()
                .body("items.find { it.alertId == '" + alertId + "' }.state", equalTo("CLEARED")));

        // the RAISED that the clearing followed arrives late, under an event id of its own
        events.send(UUID.randomUUID().toString(), EventType.AIR_ALERT, alertId,
                Payloads.alert(alertId, "air", "WARNING", "RAISED", "洪梅"), raised);
        // an alert after it on the same partition: once it shows, the late RAISED has been applied
        String marker = id("EO-MARK");
        events.send(UUID.randomUUID().toString(), EventType.AIR_ALERT, alertId,
                Payloads.alert(marker, "air", "INFO", "RAISED", "洪梅"), Instant.now());
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("limit", 1000).get("/api/city/alerts").then()
                .body("items.alertId", hasItem(marker)));

        given().queryParam("limit", 1000).get("/api/city/alerts").then().statusCode(200)
                .body("items.find { it.alertId == '" + alertId + "' }.state", equalTo("CLEARED"));
        given().queryParam("state", "RAISED").queryParam("limit", 1000).get("/api/city/alerts").then()
                .body("items.alertId", org.hamcrest.Matchers.not(hasItem(alertId)));
    }

    @Test
    void aCorrectedHourStaysCorrectedWhenTheOriginalIsReplayed() {
        CityEvents events = new CityEvents(bootstrapServers, json);
        String stationId = id("EO-S");
        String town = id("EO-TOWN");
        events.send(EventType.AIR_STATION_REGISTERED, stationId, new AirStation(stationId, "次序测试站", town,
                Payloads.n("23.01"), Payloads.n("113.75"), "NATIONAL", true, 1,
                OffsetDateTime.parse("2026-03-01T08:00:00+08:00")));
        OffsetDateTime hourEnd = OffsetDateTime.now().withMinute(0).withSecond(0).withNano(0).minusHours(1);
        AirHourlyAssessment original = Payloads.hour("STATION", stationId, null, hourEnd, 120, 3, "轻度污染", "#FF7E00",
                "pm25");
        AirHourlyAssessment corrected = corrected(Payloads.hour("STATION", stationId, null, hourEnd, 60, 2, "良",
                "#FFFF00", "pm25"));
        Instant stated = Instant.now().minusSeconds(600);
        String originalId = UUID.randomUUID().toString();
        events.send(originalId, EventType.AIR_HOURLY_ASSESSED, stationId, original, stated);
        events.send(UUID.randomUUID().toString(), EventType.AIR_HOURLY_ASSESSED, stationId, corrected,
                stated.plusSeconds(300));
        String station = "air.stations.find { it.stationId == '" + stationId + "' }.latestHour";
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/city/overview").then()
                .body(station + ".aqi", equalTo(60))
                .body(station + ".correction", equalTo(true)));

        // the original replayed under a new event id (its time is the one it was first stated at)
        events.send(UUID.randomUUID().toString(), EventType.AIR_HOURLY_ASSESSED, stationId, original, stated);
        // a report after it on the same partition: once its town shows, the replay has been applied
        events.send(UUID.randomUUID().toString(), EventType.AIR_HOURLY_ASSESSED, stationId,
                Payloads.hour("TOWN", null, town, hourEnd, 50, 1, "优", "#00E400", null), Instant.now());
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/city/towns").then()
                .body("towns.town", hasItem(town)));

        // the overview may be up to its max age old: it must show the correction once it is assembled anew
        await().pollDelay(Duration.ofMillis(1200)).atMost(WAIT).untilAsserted(() -> given()
                .get("/api/city/overview").then()
                .body(station + ".aqi", equalTo(60))
                .body(station + ".correction", equalTo(true)));
        given().get("/api/city/towns/" + town).then().statusCode(200)
                .body("air.stations.find { it.stationId == '" + stationId + "' }.latestHour.aqi", equalTo(60));
    }

    private static AirHourlyAssessment corrected(AirHourlyAssessment h) {
        return new AirHourlyAssessment(h.scope(), h.stationId(), h.town(), h.time(), h.edition(), h.concentrations(),
                h.indicators(), h.aqi(), h.level(), h.category(), h.categoryEn(), h.colour(), h.primaryPollutants(),
                h.exceedancePollutants(), h.capped(), h.stationCount(), true);
    }
}
