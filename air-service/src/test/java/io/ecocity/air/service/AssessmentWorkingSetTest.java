package io.ecocity.air.service;

import static io.ecocity.air.rest.AirTestData.hour;
import static io.ecocity.air.rest.AirTestData.item;
import static io.ecocity.air.rest.AirTestData.post;
import static io.ecocity.air.rest.AirTestData.station;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The assessment's working set, kept far too small on purpose (two station-days, two scope-days) and cleared in the
 * middle as a restart would: a station fed hour by hour and then corrected must end with exactly the reports of a
 * station sent the final values in one batch, and the correction must rewrite the hours that depend on it (the 2012
 * 24-hour moving averages) and no other. Real broker (in the test JVM) and the test database; nothing is stubbed.
 */
@QuarkusTest
@TestProfile(AssessmentWorkingSetTest.TinyWorkingSet.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class AssessmentWorkingSetTest {

    /** Every run misses and evicts, so the reads on a miss are what the run works from. */
    public static class TinyWorkingSet implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ecocity.air.assessment.working-set-station-days", "2",
                    "ecocity.air.assessment.working-set-scope-days", "2");
        }
    }

    private static final LocalDate DAY = LocalDate.of(2025, 5, 10);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AssessmentWorkingSet workingSet;

    @Test
    void aStationFedHourByHourAndCorrectedEndsWithTheReportsOfOneBatch() {
        station("WS-FED", "工作镇", "NATIONAL", false);
        station("WS-REF", "参照镇", "NATIONAL", false);
        List<String> reference = new ArrayList<>();
        for (int day = 0; day < 2; day++) {
            for (int h = 1; h <= 24; h++) {
                String values = values(day, h, false);
                post("[" + item("WS-FED", hour(DAY.plusDays(day), h), values) + "]").statusCode(200)
                        .body("created", org.hamcrest.Matchers.equalTo(1));
                reference.add(item("WS-REF", hour(DAY.plusDays(day), h), values(day, h, day == 0 && h == 20)));
                if (h % 6 == 0) {
                    awaitReports("WS-FED", day * 24 + h);
                }
                if (day == 1 && h == 6) {
                    workingSet.clear();
                }
            }
        }
        post("[" + String.join(",", reference) + "]").statusCode(200).body("created",
                org.hamcrest.Matchers.equalTo(48));
        awaitReports("WS-REF", 48);

        post("[" + item("WS-FED", hour(DAY, 20), values(0, 20, true)) + "]").statusCode(200)
                .body("corrected", org.hamcrest.Matchers.equalTo(1));
        // 2012: the hours from the corrected one to 23 hours after it carry its 24-hour moving average
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() ->
                Boolean.TRUE.equals(hourly("WS-FED").get(24 + 19 - 1).get("correction")));

        List<Map<String, Object>> fed = hourly("WS-FED");
        List<Map<String, Object>> ref = hourly("WS-REF");
        assertEquals(48, fed.size());
        for (int i = 0; i < 48; i++) {
            boolean dependsOnTheCorrection = i >= 19 && i <= 24 + 18;
            assertEquals(dependsOnTheCorrection, fed.get(i).get("correction"), "correction flag of hour " + (i + 1));
            assertEquals(comparable(ref.get(i)), comparable(fed.get(i)), "hourly report " + (i + 1));
        }
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() ->
                comparable(daily("WS-REF").get(0)).equals(comparable(daily("WS-FED").get(0))));
        List<Map<String, Object>> fedDays = daily("WS-FED");
        List<Map<String, Object>> refDays = daily("WS-REF");
        assertEquals(2, fedDays.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(comparable(refDays.get(i)), comparable(fedDays.get(i)), "daily report " + i);
        }
        assertTrue(workingSet.stationDaysHeld() <= 2, "held " + workingSet.stationDaysHeld());
    }

    /** The values of one hour; the corrected 20:00 of the first day carries a PM2.5 ten times higher. */
    private static String values(int day, int h, boolean corrected) {
        int pm25 = corrected ? 300 : 20 + (day * 24 + h) % 30;
        return "\"so2\":8,\"no2\":" + (25 + h % 7) + ",\"pm10\":" + (pm25 + 30) + ",\"pm25\":" + pm25
                + ",\"co\":0.7,\"o3\":" + (30 + 4 * h);
    }

    @Test
    void aRunThatTouchesMoreScopeDaysThanTheSetHoldsAssessesEveryOne() {
        // 6 stations in 3 towns: a run wants 6 station, 3 town and 1 city scope-days, five times what is held, so
        // reading the ones not held evicts ones that were
        for (int i = 0; i < 6; i++) {
            station("WS-WIDE-" + i, "宽镇" + (i % 3), "NATIONAL", false);
        }
        for (int h = 1; h <= 3; h++) {
            List<String> batch = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                batch.add(item("WS-WIDE-" + i, hour(DAY.plusDays(1), h), "\"pm25\":" + (30 + i) + ",\"pm10\":50"));
            }
            post("[" + String.join(",", batch) + "]").statusCode(200);
            for (int i = 0; i < 6; i++) {
                awaitReports("WS-WIDE-" + i, h);
            }
        }
    }

    private static void awaitReports(String stationId, int count) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> hourly(stationId).size() == count);
    }

    private static List<Map<String, Object>> hourly(String stationId) {
        return given().get("/api/air/reports/hourly/stations/" + stationId + "?from=" + DAY + "&to=" + DAY.plusDays(1)
                + "&limit=100").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static List<Map<String, Object>> daily(String stationId) {
        return given().get("/api/air/reports/daily/stations/" + stationId + "?from=" + DAY + "&to=" + DAY.plusDays(1)
                + "&limit=100").then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** A report without what names its station and its history. */
    private static Map<String, Object> comparable(Map<String, Object> report) {
        Map<String, Object> figures = new HashMap<>(report);
        figures.remove("stationId");
        figures.remove("town");
        figures.remove("correction");
        return figures;
    }
}
