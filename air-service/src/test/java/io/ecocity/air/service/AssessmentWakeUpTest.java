package io.ecocity.air.service;

import static io.ecocity.air.rest.AirTestData.hour;
import static io.ecocity.air.rest.AirTestData.item;
import static io.ecocity.air.rest.AirTestData.post;
import static io.ecocity.air.rest.AirTestData.station;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A committed ingest starts the assessment itself: with the scheduler switched off, reports still follow the
 * observations. Real broker (in the test JVM) and H2; nothing is stubbed.
 */
@QuarkusTest
@TestProfile(AssessmentWakeUpTest.SchedulerOff.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class AssessmentWakeUpTest {

    /** The scheduler's tick is only the safety net; without it the wake-up alone must drive the assessment. */
    public static class SchedulerOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false");
        }
    }

    @Test
    void anIngestIsAssessedWithoutTheSchedulersTick() {
        LocalDate day = LocalDate.of(2025, 4, 2);
        station("WAKE-01", "南城", "NATIONAL", false);
        post("[" + item("WAKE-01", hour(day, 9), "\"pm25\":30") + "]").statusCode(200).body("created", equalTo(1));
        // 2012 edition, PM2.5 only: IAQI of the 24-hour moving mean 30 µg/m³ is ceil(30·50/35) = 43.
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() ->
                given().get("/api/air/reports/hourly/stations/WAKE-01/latest").statusCode() == 200);
        String time = given().get("/api/air/reports/hourly/stations/WAKE-01/latest").then().statusCode(200)
                .extract().path("time");
        assertEquals(OffsetDateTime.parse(hour(day, 9)).toInstant(), OffsetDateTime.parse(time).toInstant());
    }

    @Test
    void theDebounceReadsBothNotations() {
        assertEquals(Duration.ofMillis(150), AssessmentJob.durationOf("0.15s"));
        assertEquals(Duration.ofSeconds(2), AssessmentJob.durationOf("2s"));
        assertEquals(Duration.ofMillis(250), AssessmentJob.durationOf("PT0.25S"));
    }
}
