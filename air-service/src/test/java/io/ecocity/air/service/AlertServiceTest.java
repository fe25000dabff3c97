package io.ecocity.air.service;

import static io.ecocity.air.rest.AirTestData.hour;
import static io.ecocity.air.rest.AirTestData.item;
import static io.ecocity.air.rest.AirTestData.post;
import static io.ecocity.air.rest.AirTestData.station;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The city AQI and silent-station alerts from observations over REST to air.alerts on a real Kafka broker (in
 * the test JVM), with H2; nothing is stubbed. The city alert uses the latest hours, which no other test writes.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String LOW = "\"so2\":5,\"no2\":10,\"pm10\":20,\"co\":0.3,\"o3\":30";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AlertService alerts;

    private List<JsonPath> alertsOf(String subject, String kind, int count) {
        return alertsOf(subject, kind, count, null);
    }

    private List<JsonPath> alertsOf(String subject, String kind, int count, String alertId) {
        return new TopicProbe(bootstrapServers).read(Topics.AIR_ALERTS, WAIT,
                        records -> matching(records, subject, kind).stream()
                                .filter(r -> alertId == null || r.value().contains("\"alertId\":\"" + alertId + "\""))
                                .count() >= count)
                .stream()
                .filter(r -> {
                    JsonPath alert = new JsonPath(r.value());
                    return subject.equals(alert.get("subjectId")) && kind.equals(alert.get("kind"))
                            && (alertId == null || alertId.equals(alert.get("alertId")));
                })
                .peek(r -> assertEquals(List.of(), EventContracts.violations(EventType.AIR_ALERT.type(), r.value())))
                .map(r -> new JsonPath(r.value()))
                .toList();
    }

    private static List<ConsumerRecord<String, String>> matching(List<ConsumerRecord<String, String>> records,
                                                                 String subject, String kind) {
        return records.stream().filter(r -> r.value().contains("\"subjectId\":\"" + subject + "\"")
                && r.value().contains("\"kind\":\"" + kind + "\"")).toList();
    }

    @Test
    @Order(1)
    void aCityHourAbove100RaisesAnAlertAndTheNextHourAtOrBelow100ClearsItUnderTheSameId() {
        station("AL-1", "厚街", "NATIONAL", true);
        OffsetDateTime latest = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        // 2026: PM2.5 200 µg/m³ → IAQI 250 (重度污染); 20 µg/m³ → 29.
        post("[" + item("AL-1", hour(latest), "\"pm25\":200," + LOW) + "]").statusCode(200);
        // the alert of this hour: other tests' windows raise and clear city alerts of their own hours
        String alertId = "air:" + AlertService.CITY_AQI_HOURLY + ":CITY:" + latest.toEpochSecond();
        List<JsonPath> raised = alertsOf("CITY", AlertService.CITY_AQI_HOURLY, 1, alertId);
        assertEquals("RAISED", raised.get(0).get("state"));
        assertEquals(250, raised.get(0).getInt("value"));
        assertEquals("CRITICAL", raised.get(0).get("severity"));

        post("[" + item("AL-1", hour(latest.plusHours(1)), "\"pm25\":20," + LOW) + "]").statusCode(200);
        List<JsonPath> both = alertsOf("CITY", AlertService.CITY_AQI_HOURLY, 2, alertId);
        assertEquals("CLEARED", both.get(1).get("state"));
        assertEquals(both.get(0).getString("alertId"), both.get(1).getString("alertId"));
    }

    /**
     * Runs after the test above, on the hour it left cleared (the newest hour a test may send): a correction up,
     * one down and one up again raise, clear and raise the same alert of the same hour, and the assessment goes on
     * to clear it once more. The second raising used to collide with the row of the first and stall the assessment.
     */
    @Test
    @Order(2)
    void aCityHourRaisedClearedAndRaisedAgainByCorrectionsIsTheSameAlertAndTheAssessmentGoesOn() {
        // AL-1: the station the test above registered
        OffsetDateTime hour = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        String alertId = "air:" + AlertService.CITY_AQI_HOURLY + ":CITY:" + hour.toEpochSecond();
        List<String> corrections = List.of("200", "20", "210", "20");
        List<JsonPath> events = List.of();
        for (int i = 0; i < corrections.size(); i++) {
            post("[" + item("AL-1", hour(hour), "\"pm25\":" + corrections.get(i) + "," + LOW) + "]").statusCode(200);
            // each correction assessed before the next: one run would see only the last
            events = alertsOf("CITY", AlertService.CITY_AQI_HOURLY, i + 1, alertId);
        }
        assertEquals(List.of("RAISED", "CLEARED", "RAISED", "CLEARED"),
                events.stream().map(e -> e.getString("state")).toList());
        assertEquals(250, events.get(0).getInt("value"));
        assertEquals(260, events.get(2).getInt("value"));
    }

    @Test
    @Order(3)
    void anAssessedStationSilentForThreeHoursRaisesAnAlertClearedWhenItReportsAgain() {
        station("SI-1", "寮步", "NATIONAL", true);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        post("[" + item("SI-1", hour(now.minusHours(5)), "\"pm25\":20," + LOW) + "]").statusCode(200);
        alerts.checkSilentStations(Instant.now());
        List<JsonPath> raised = alertsOf("SI-1", AlertService.STATION_SILENT, 1);
        assertEquals("RAISED", raised.get(0).get("state"));
        assertEquals("寮步", raised.get(0).get("town"));

        post("[" + item("SI-1", hour(now.minusHours(2)), "\"pm25\":20," + LOW) + "]").statusCode(200);
        alerts.checkSilentStations(Instant.now());
        List<JsonPath> both = alertsOf("SI-1", AlertService.STATION_SILENT, 2);
        assertEquals("CLEARED", both.get(1).get("state"));
        assertEquals(both.get(0).getString("alertId"), both.get(1).getString("alertId"));
    }
}
