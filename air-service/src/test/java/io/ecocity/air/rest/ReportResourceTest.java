package io.ecocity.air.rest;

import static io.ecocity.air.rest.AirTestData.hour;
import static io.ecocity.air.rest.AirTestData.item;
import static io.ecocity.air.rest.AirTestData.post;
import static io.ecocity.air.rest.AirTestData.station;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Observations in over REST, the assessment job, the reports out over REST and the events on a real Kafka broker
 * (in the test JVM), with H2; nothing is stubbed.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ReportResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String day(String stationId, LocalDate day, int fromHour, int toHour, String pollutants) {
        List<String> items = new ArrayList<>();
        for (int h = fromHour; h <= toHour; h++) {
            items.add(item(stationId, hour(day, h), pollutants));
        }
        return "[" + String.join(",", items) + "]";
    }

    private static JsonPath awaitJson(String path, String field, Object expected) {
        JsonPath[] found = new JsonPath[1];
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = given().get(path);
            if (response.statusCode() != 200) {
                return false;
            }
            found[0] = response.jsonPath();
            Object actual = found[0].get(field);
            return String.valueOf(expected).equals(String.valueOf(actual));
        });
        return found[0];
    }

    @Test
    void aCorrectionChangesTheDailyAqiKeepsTheRevisionAndIsAnnounced() {
        LocalDate day = LocalDate.of(2025, 3, 10);
        station("RC-COR", "东城", "NATIONAL", false);
        post(day("RC-COR", day, 1, 24, "\"pm25\":30")).statusCode(200).body("created", equalTo(24));
        // 2012 daily report with only PM2.5: IAQI of 30 µg/m³ is ceil(30·50/35) = 43.
        awaitJson("/api/air/reports/daily/stations/RC-COR/latest", "aqi", 43);

        post("[" + item("RC-COR", hour(day, 12), "\"pm25\":750") + "]").statusCode(200)
                .body("corrected", equalTo(1));
        // Mean (23·30 + 750)/24 = 60 → 50 + 50·(60−35)/(75−35) = 81.25 → 82.
        JsonPath daily = awaitJson("/api/air/reports/daily/stations/RC-COR/latest", "aqi", 82);
        assertEquals(true, daily.get("correction"));
        assertEquals("pm25", daily.getList("primaryPollutants").get(0));

        given().get("/api/air/observations/RC-COR/" + hour(day, 12)).then().statusCode(200)
                .body("pm25", equalTo(750)).body("revision", equalTo(2))
                .body("corrections[0].pm25", equalTo(30)).body("corrections[0].revision", equalTo(2));

        List<ConsumerRecord<String, String>> events = new TopicProbe(bootstrapServers).read(Topics.AIR_ASSESSMENTS,
                WAIT, records -> records.stream().anyMatch(r -> "RC-COR".equals(r.key())
                        && EventType.AIR_OBSERVATION_CORRECTED.type().equals(TopicProbe.header(r, "ce_type")))
                        && records.stream().anyMatch(r -> "RC-COR".equals(r.key()) && r.value().contains("\"aqi\":82")
                        && EventType.AIR_DAILY_ASSESSED.type().equals(TopicProbe.header(r, "ce_type"))))
                .stream().filter(r -> "RC-COR".equals(r.key())).toList();
        ConsumerRecord<String, String> corrected = events.stream()
                .filter(r -> EventType.AIR_OBSERVATION_CORRECTED.type().equals(TopicProbe.header(r, "ce_type")))
                .findFirst().orElseThrow();
        JsonPath correction = new JsonPath(corrected.value());
        assertEquals(30, correction.getInt("previous.pm25"));
        assertEquals(750, correction.getInt("current.pm25"));
        assertEquals(2, correction.getInt("revision"));
        ConsumerRecord<String, String> dailyEvent = events.stream()
                .filter(r -> EventType.AIR_DAILY_ASSESSED.type().equals(TopicProbe.header(r, "ce_type"))
                        && r.value().contains("\"aqi\":82"))
                .findFirst().orElseThrow();
        assertTrue(new JsonPath(dailyEvent.value()).getBoolean("correction"));
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(List.of(), EventContracts.violations(TopicProbe.header(event, "ce_type"), event.value()),
                    event.value());
        }
    }

    @Test
    void aDailyMeanNeedsTwentyHoursAndAnOzoneWindowSixValues() {
        LocalDate nineteen = LocalDate.of(2025, 3, 20);
        LocalDate twenty = LocalDate.of(2025, 3, 21);
        station("RC-VAL", "南城", "NATIONAL", false);
        post(day("RC-VAL", nineteen, 1, 19, "\"pm25\":40") .replace("]", "") + ","
                + day("RC-VAL", twenty, 1, 20, "\"pm25\":40").substring(1)).statusCode(200);
        JsonPath invalid = awaitJson("/api/air/reports/daily/stations/RC-VAL?from=2025-03-20&to=2025-03-21",
                "items.size()", 2);
        assertEquals(false, invalid.get("items[0].values.find { it.indicator == 'PM25_24H' }.valid"));
        assertEquals((Object) null, invalid.get("items[0].values.find { it.indicator == 'PM25_24H' }.concentration"));
        assertEquals(19, invalid.getInt("items[0].values.find { it.indicator == 'PM25_24H' }.coverage"));
        assertEquals((Object) null, invalid.get("items[0].aqi"), "no valid indicator: no AQI, never 0");
        assertEquals(true, invalid.get("items[1].values.find { it.indicator == 'PM25_24H' }.valid"));
        assertEquals(40, invalid.getInt("items[1].values.find { it.indicator == 'PM25_24H' }.concentration"));
        assertEquals(20, invalid.getInt("items[1].values.find { it.indicator == 'PM25_24H' }.coverage"));

        // The 08:00 window holds the hours ending 01:00 … 08:00: 5 ozone values leave it invalid, 6 make it valid
        // (and 200 µg/m³ is above the 160 limit, so one valid window is enough for the daily maximum).
        LocalDate five = LocalDate.of(2025, 3, 22);
        LocalDate six = LocalDate.of(2025, 3, 23);
        post(day("RC-VAL", five, 1, 5, "\"o3\":200").replace("]", "") + ","
                + day("RC-VAL", six, 1, 6, "\"o3\":200").substring(1)).statusCode(200);
        JsonPath ozone = awaitJson("/api/air/reports/daily/stations/RC-VAL?from=2025-03-22&to=2025-03-23",
                "items.size()", 2);
        assertEquals(false, ozone.get("items[0].values.find { it.indicator == 'O3_8H' }.valid"));
        assertEquals(0, ozone.getInt("items[0].values.find { it.indicator == 'O3_8H' }.coverage"));
        assertEquals(true, ozone.get("items[1].values.find { it.indicator == 'O3_8H' }.valid"));
        assertEquals(1, ozone.getInt("items[1].values.find { it.indicator == 'O3_8H' }.coverage"));
        assertEquals(200, ozone.getInt("items[1].values.find { it.indicator == 'O3_8H' }.concentration"));
    }

    @Test
    void theCityAndTownValuesAreMeansOfTheirStationsAndTheAqiComesFromThoseMeans() {
        LocalDate day = LocalDate.of(2026, 6, 2);
        station("CA-1", "万江", "NATIONAL", true);
        station("CA-2", "万江", "PROVINCIAL", true);
        station("CA-3", "万江", "MICRO", false);
        String rest = "\"so2\":5,\"no2\":10,\"pm10\":20,\"co\":0.3,\"o3\":30";
        post("[" + String.join(",",
                item("CA-1", hour(day, 10), "\"pm25\":20," + rest),
                item("CA-2", hour(day, 10), "\"pm25\":100," + rest),
                item("CA-3", hour(day, 10), "\"pm25\":400," + rest)) + "]").statusCode(200);

        // Mean PM2.5 of the assessed stations: 60, the 2026 breakpoint of IAQI 100 (the mean of the station AQIs,
        // 29 and 137, would be 83).
        JsonPath city = awaitJson("/api/air/reports/hourly/city?from=2026-06-02&to=2026-06-02", "items[0].aqi", 100);
        assertEquals(60, city.getInt("items[0].concentrations.pm25"));
        assertEquals(2, city.getInt("items[0].stationCount"));
        assertEquals("HJ633_2026", city.get("items[0].edition"));
        assertEquals("#FFFF00", city.get("items[0].colour"));
        JsonPath town = awaitJson("/api/air/reports/hourly/towns/万江?from=2026-06-02&to=2026-06-02",
                "items[0].aqi", 100);
        assertEquals(2, town.getInt("items[0].stationCount"), "the micro sensor does not count for the town");
        given().get("/api/air/reports/hourly/stations/CA-2/latest").then().statusCode(200).body("aqi", equalTo(137));
        given().get("/api/air/reports/hourly/stations/CA-1/latest").then().statusCode(200).body("aqi", equalTo(29));
    }

    @Test
    void theEditionSwitchesWithTheHourEndingAt0100On20260301AndCsvIsOffered() {
        station("ES-1", "石龙", "NATIONAL", false);
        post("[" + String.join(",",
                item("ES-1", "2026-03-01T00:00:00+08:00", "\"pm25\":40,\"so2\":900"),
                item("ES-1", "2026-03-01T01:00:00+08:00", "\"pm25\":40,\"so2\":900")) + "]").statusCode(200);
        JsonPath hours = awaitJson("/api/air/reports/hourly/stations/ES-1?from=2026-02-28&to=2026-03-01",
                "items.size()", 2);
        assertEquals("HJ633_2012", hours.get("items[0].edition"), "24:00 of 02-28 belongs to 2012");
        assertEquals("HJ633_2026", hours.get("items[1].edition"));
        assertEquals("SO2_1H_ABOVE_800_IS_200",
                hours.get("items[1].indicators.find { it.indicator == 'SO2_1H' }.rule"));
        assertEquals(200, hours.getInt("items[1].indicators.find { it.indicator == 'SO2_1H' }.iaqi"));
        assertEquals("SO2_1H_ABOVE_800_USES_SO2_24H_IAQI",
                hours.get("items[0].indicators.find { it.indicator == 'SO2_1H' }.rule"));
        assertEquals(List.of(), hours.getList("items[1].exceedancePollutants"));

        String csv = given().accept("text/csv").get("/api/air/reports/hourly/stations/ES-1?from=2026-02-28&to=2026-03-01")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\n");
        assertEquals(3, lines.length, csv);
        assertTrue(lines[0].startsWith("scope,stationId,town,time,edition"));
        assertTrue(lines[1].contains("2026-03-01T00:00:00+08:00,HJ633_2012"), lines[1]);
        assertTrue(lines[2].contains("HJ633_2026"), lines[2]);

        String page = given().queryParam("limit", 1)
                .get("/api/air/reports/hourly/stations/ES-1?from=2026-02-28&to=2026-03-01")
                .then().statusCode(200).body("items.size()", equalTo(1)).extract().path("nextCursor");
        given().queryParam("limit", 1).queryParam("cursor", page)
                .get("/api/air/reports/hourly/stations/ES-1?from=2026-02-28&to=2026-03-01")
                .then().statusCode(200).body("items[0].edition", equalTo("HJ633_2026"))
                .body("nextCursor", nullValue());
        awaitJson("/api/air/reports/daily/stations/ES-1?from=2026-02-28&to=2026-03-01", "items.size()", 2);
        given().get("/api/air/reports/daily/stations/ES-1?from=2026-02-28&to=2026-03-01").then()
                .body("items[0].edition", equalTo("HJ633_2012")).body("items[1].edition", equalTo("HJ633_2026"));
    }

    @Test
    void stationsListAsGeoJsonAndFilterByTown() {
        station("GEO-1", "凤岗", "NATIONAL", true);
        station("GEO-2", "塘厦", "NATIONAL", true);
        JsonPath geo = given().accept("application/geo+json").queryParam("town", "凤岗").get("/api/air/stations")
                .then().statusCode(200).contentType(startsWith("application/geo+json")).extract().jsonPath();
        assertEquals("FeatureCollection", geo.get("type"));
        assertEquals(List.of("GEO-1"), geo.getList("features.id"));
        assertEquals(List.of(113.75f, 23.02f), geo.getList("features[0].geometry.coordinates"));
        given().queryParam("format", "geojson").queryParam("town", "塘厦").get("/api/air/stations")
                .then().statusCode(200).body("features[0].properties.town", equalTo("塘厦"));
        List<Map<String, Object>> json = given().queryParam("town", "塘厦").get("/api/air/stations")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(1, json.size());
        given().get("/api/air/reports/hourly/stations/GEO-1/latest").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
