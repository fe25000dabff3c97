package io.ecocity.air.rest;

import static io.ecocity.air.rest.AirTestData.hour;
import static io.ecocity.air.rest.AirTestData.item;
import static io.ecocity.air.rest.AirTestData.post;
import static io.ecocity.air.rest.AirTestData.station;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The observation batch API over HTTP into H2, with the real broker in the test JVM; nothing is stubbed. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ObservationResourceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 10);

    @Test
    void everyKindOfBadInputIsNamedByIndexAndFieldAndNothingOfTheBatchIsStored() {
        station("OB-BAD", "莞城", "NATIONAL", false);
        String future = hour(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).plusHours(3));
        String body = "[" + String.join(",",
                item("OB-BAD", hour(DAY, 1), "\"pm25\":30"),
                item("NO-SUCH-STATION", hour(DAY, 2), "\"pm25\":30"),
                item("OB-BAD", hour(DAY, 3), "\"so2\":-1"),
                item("OB-BAD", hour(DAY, 4), "\"pm10\":NaN"),
                item("OB-BAD", hour(DAY, 5), "\"pm10\":10001"),
                item("OB-BAD", future, "\"pm25\":30"),
                item("OB-BAD", hour(DAY, 7), "\"pm1\":12"),
                item("OB-BAD", hour(DAY, 1), "\"pm25\":31"),
                item("OB-BAD", "2025-01-10T08:30:00+08:00", "\"pm25\":30"),
                item("OB-BAD", hour(DAY, 9), "\"co\":\"1.2\"")) + "]";

        JsonPath problem = post(body).statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("nothing was stored"))
                .extract().jsonPath();
        Map<Integer, String> fieldByIndex = new java.util.TreeMap<>();
        List<Map<String, Object>> errors = problem.getList("errors");
        for (Map<String, Object> error : errors) {
            fieldByIndex.put((Integer) error.get("index"), (String) error.get("field"));
        }
        assertEquals(Map.of(1, "stationId", 2, "so2", 3, "pm10", 4, "pm10", 5, "time", 6, "pm1", 7, "time",
                8, "time", 9, "co"), fieldByIndex, "each bad item by index and field, and only those");
        String messages = errors.stream().map(e -> (String) e.get("message")).collect(Collectors.joining("|"));
        for (String expected : List.of("unknown station", "negative", "not a number", "plausibility ceiling",
                "in the future", "unknown pollutant 'pm1'", "same station and hour as item 0", "whole hour",
                "must be a number")) {
            org.hamcrest.MatcherAssert.assertThat(messages, containsString(expected));
        }
        given().get("/api/air/observations/OB-BAD/" + hour(DAY, 1)).then().statusCode(404);
    }

    @Test
    void aDustStormAboveTwoThousandIsAcceptedAndTheSameValuesAgainChangeNothing() {
        station("OB-DUST", "虎门", "NATIONAL", false);
        String storm = "[" + item("OB-DUST", hour(DAY, 12), "\"pm10\":2600,\"pm25\":480,\"co\":1.25") + "]";
        post(storm).statusCode(200).body("created", equalTo(1));
        post(storm.replace("2600", "2600.0")).statusCode(200).body("unchanged", equalTo(1)).body("corrected", equalTo(0));
        given().get("/api/air/observations/OB-DUST/" + hour(DAY, 12)).then().statusCode(200)
                .body("pm10", equalTo(2600)).body("revision", equalTo(1)).body("corrections", hasSize(0));
    }

    @Test
    void anEmptyOrOversizedBodyIsRefused() {
        post("[]").statusCode(400).body("errors[0].field", equalTo("body"));
        post("{\"stationId\":\"x\"}").statusCode(400).body("errors[0].field", equalTo("body"));
        post("[{").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBatchOfTenThousandObservationsIsAcceptedInOneRequest() {
        List<String> stations = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            stations.add("BULK-" + s);
            station("BULK-" + s, "大朗", "MICRO", false);
        }
        LocalDate start = LocalDate.of(2023, 5, 1);
        StringBuilder body = new StringBuilder("[");
        for (String stationId : stations) {
            for (int h = 1; h <= 1000; h++) {
                if (body.length() > 1) {
                    body.append(',');
                }
                body.append(item(stationId, hour(start.plusDays((h - 1) / 24), (h - 1) % 24 + 1),
                        "\"so2\":8,\"no2\":" + (20 + h % 7) + ",\"pm10\":45.5,\"pm25\":" + (20 + h % 13)
                                + ",\"co\":0.6,\"o3\":" + (40 + h % 50)));
            }
        }
        body.append(']');
        long started = System.nanoTime();
        post(body.toString()).statusCode(200).body("received", equalTo(10_000)).body("created", equalTo(10_000));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("POST /api/air/observations with 10,000 observations took %d ms%n", millis);
        given().get("/api/air/observations/BULK-9/" + hour(start.plusDays(41), 16)).then().statusCode(200)
                .body("revision", equalTo(1));
    }
}
