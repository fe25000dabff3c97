package io.ecocity.air.messaging;

import static io.ecocity.air.rest.AirTestData.hour;
import static io.ecocity.air.rest.AirTestData.station;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Observations sent to air.observations on a real Kafka broker (in the test JVM) into H2; nothing is stubbed. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ObservationEventHandlerTest {

    private static final LocalDate DAY = LocalDate.of(2025, 2, 14);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private void send(TopicProbe probe, String key, String body) {
        probe.send(Topics.AIR_OBSERVATIONS, key,
                TopicProbe.cloudEventHeaders(UUID.randomUUID().toString(), EventType.AIR_OBSERVATION_REPORTED.type()),
                body);
    }

    @Test
    void goodObservationsAreStoredAndEachKindOfBadOneGoesToTheDeadLetterTopicWithItsReason() {
        station("KF-1", "长安", "NATIONAL", false);
        TopicProbe probe = new TopicProbe(bootstrapServers);
        String future = hour(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).plusHours(3));
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("unknown station 'KF-NOPE'", "{\"stationId\":\"KF-NOPE\",\"time\":\"" + hour(DAY, 2) + "\",\"pm25\":30}");
        bad.put("so2: so2 is negative", "{\"stationId\":\"KF-1\",\"time\":\"" + hour(DAY, 3) + "\",\"so2\":-2}");
        bad.put("pm10: pm10 is not a number", "{\"stationId\":\"KF-1\",\"time\":\"" + hour(DAY, 4) + "\",\"pm10\":NaN}");
        bad.put("plausibility ceiling", "{\"stationId\":\"KF-1\",\"time\":\"" + hour(DAY, 5) + "\",\"pm25\":5000.5}");
        bad.put("in the future", "{\"stationId\":\"KF-1\",\"time\":\"" + future + "\",\"pm25\":30}");
        bad.put("unknown pollutant 'h2s'", "{\"stationId\":\"KF-1\",\"time\":\"" + hour(DAY, 7) + "\",\"h2s\":3}");
        send(probe, "KF-1", "{\"stationId\":\"KF-1\",\"time\":\"" + hour(DAY, 1) + "\",\"pm25\":33,\"co\":0.8}");
        bad.values().forEach(body -> send(probe, "KF-1", body));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                given().get("/api/air/observations/KF-1/" + hour(DAY, 1)).statusCode() == 200);
        List<ConsumerRecord<String, String>> dead = probe.read(Topics.deadLetterTopicOf(Topics.AIR_OBSERVATIONS),
                Duration.ofSeconds(20), records -> records.stream().filter(r -> r.value().contains("KF-")).count()
                        >= bad.size());
        bad.forEach((reason, body) -> {
            ConsumerRecord<String, String> letter = dead.stream().filter(r -> r.value().equals(body)).findFirst()
                    .orElseThrow(() -> new AssertionError("not dead-lettered: " + body));
            String dlqReason = TopicProbe.header(letter, "dlq_reason");
            assertTrue(dlqReason.contains(reason), dlqReason + " should say " + reason);
        });
        for (int hourOfDay = 2; hourOfDay <= 7; hourOfDay++) {
            given().get("/api/air/observations/KF-1/" + hour(DAY, hourOfDay)).then().statusCode(404);
        }
        given().get("/api/air/observations/KF-1/" + hour(DAY, 1)).then().statusCode(200)
                .body("pm25", org.hamcrest.Matchers.equalTo(33));
    }

    @Test
    void aLaterEventForTheSameHourIsACorrection() {
        station("KF-2", "常平", "NATIONAL", false);
        TopicProbe probe = new TopicProbe(bootstrapServers);
        send(probe, "KF-2", "{\"stationId\":\"KF-2\",\"time\":\"" + hour(DAY, 9) + "\",\"no2\":40}");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                given().get("/api/air/observations/KF-2/" + hour(DAY, 9)).statusCode() == 200);
        send(probe, "KF-2", "{\"stationId\":\"KF-2\",\"time\":\"" + hour(DAY, 9) + "\",\"no2\":44}");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                given().get("/api/air/observations/KF-2/" + hour(DAY, 9)).jsonPath().getInt("revision") == 2);
        given().get("/api/air/observations/KF-2/" + hour(DAY, 9)).then()
                .body("no2", org.hamcrest.Matchers.equalTo(44))
                .body("corrections[0].no2", org.hamcrest.Matchers.equalTo(40));
        assertEquals(200, given().get("/api/air/observations/KF-2/" + hour(DAY, 9)).statusCode());
    }
}
