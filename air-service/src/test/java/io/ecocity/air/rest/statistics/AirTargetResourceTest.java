package io.ecocity.air.rest.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import static io.ecocity.air.repository.statistics.DailyValueFixture.days;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.air.repository.statistics.DailyValueFixture;
import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Annual targets over REST into H2, progress from daily values written into H2 (standing in for the daily
 * assessment), events read back from the real broker in the test JVM; nothing is stubbed.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class AirTargetResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DailyValueFixture fixture;

    @Inject
    ObjectMapper json;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void allowancesAndCheckpointsOnADayOfALeapYear() {
        // 2016 (leap) to 31 March: 91 days at PM2.5 40, all good (AQI 60), none heavily polluted; 275 days remain.
        // PM2.5 ≤ 30: the rest may average (30·366 − 91·40)/275 = 7340/275 = 26.69 → 26.6 (rounded down: a maximum);
        //   projection 40 (no 2015 data to adjust by) misses 30 but clean days could still make it: AT_RISK.
        // good days ≥ 90 %: 366 days need ⌈0.9·366⌉ = 330 good, so 366 − 330 − 0 = 36 non-good days are affordable.
        // heavy days ≤ 2: 2 − 0 = 2 still allowed; pro rata 0 beats 2 by the 1-day margin: ON_TRACK.
        // month pace from 1 March: 60 days before it (sum 2400), 306 to go: (30·366 − 2400)/306 = 28.04 → 28.0;
        // quarter pace from 1 January is the target itself, 30: March and Q1 at 40 are behind.
        fixture.store(days("CITY", "CITY", d("2016-01-01"), d("2016-03-31"), row -> row.pm25 = new BigDecimal("40")));
        given().contentType(ContentType.JSON)
                .body("{\"pm25Mean\":30,\"goodDayRatio\":90,\"heavyPollutionDays\":2}")
                .put("/api/air/targets/2016/city")
                .then().statusCode(200).body("scope", equalTo("CITY")).body("pm25Mean", equalTo(30))
                .body("compositeIndex", nullValue()).body("revision", equalTo(1));

        given().queryParam("asOf", "2016-03-31").get("/api/air/targets/2016/city/progress")
                .then().statusCode(200)
                .body("daysInYear", equalTo(366)).body("elapsedDays", equalTo(91)).body("remainingDays", equalTo(275))
                .body("indicators.indicator", contains("PM25_MEAN", "GOOD_DAY_RATIO", "HEAVY_POLLUTION_DAYS"))
                .body("indicators[0].yearToDate", equalTo(40.0f))
                .body("indicators[0].remainingAllowance", equalTo(26.6f))
                .body("indicators[0].status", equalTo("AT_RISK"))
                .body("indicators[0].projectionMethod", equalTo("YEAR_TO_DATE_AS_IS"))
                .body("indicators[0].targetLabel", equalTo("≤ 30 µg/m³"))
                .body("indicators[1].remainingAllowance", equalTo(36))
                .body("indicators[1].status", equalTo("ON_TRACK"))
                .body("indicators[2].remainingAllowance", equalTo(2))
                .body("indicators[2].status", equalTo("ON_TRACK"))
                .body("indicators[0].checkpoints.period", contains("WEEK", "MONTH", "QUARTER"))
                .body("indicators[0].checkpoints.label", contains("2016-W13", "2016-03", "2016-Q1"))
                .body("indicators[0].checkpoints[1].from", equalTo("2016-03-01"))
                .body("indicators[0].checkpoints[1].requiredPace", equalTo(28.0f))
                .body("indicators[0].checkpoints[1].status", equalTo("BEHIND_PACE"))
                .body("indicators[0].checkpoints[2].requiredPace", equalTo(30.0f));

        // without asOf a past year is judged at its end: only Q1 had data, 40 > 30 is final
        given().get("/api/air/targets/2016/city/progress")
                .then().statusCode(200)
                .body("asOf", equalTo("2016-12-31")).body("remainingDays", equalTo(0))
                .body("indicators[0].status", equalTo("OFF_TRACK"))
                .body("indicators[0].projectionMethod", equalTo("YEAR_COMPLETE"))
                .body("indicators[0].remainingAllowance", nullValue());
    }

    @Test
    void settingTargetsPublishesTheirProgressOnceAndAgainOnlyOnAChange() throws Exception {
        fixture.store(days("TOWN", "目标镇", d("2012-01-01"), d("2012-12-31"), row -> row.pm25 = new BigDecimal("33")));
        given().contentType(ContentType.JSON).body("{\"pm25Mean\":30,\"heavyPollutionDays\":3}")
                .put("/api/air/targets/2012/towns/目标镇").then().statusCode(200).body("town", equalTo("目标镇"));

        TopicProbe probe = new TopicProbe(bootstrapServers);
        List<ConsumerRecord<String, String>> pm25 = probe.readKey(Topics.AIR_TARGETS, "2012:TOWN:目标镇:PM25_MEAN", 1,
                Duration.ofSeconds(15));
        assertEquals(1, pm25.size());
        assertEquals(EventType.AIR_TARGET_PROGRESS.type(), TopicProbe.header(pm25.get(0), "ce_type"));
        assertEquals(List.of(), EventContracts.violations(EventType.AIR_TARGET_PROGRESS.type(), pm25.get(0).value()));
        JsonNode first = json.readTree(pm25.get(0).value());
        assertEquals("TOWN", first.get("scope").asText());
        assertEquals("目标镇", first.get("scopeId").asText());
        assertEquals("2012-12-31", first.get("asOf").asText());
        assertEquals("OFF_TRACK", first.get("status").asText(), "33 over the whole year misses 30 for good");
        assertThat(first.get("value").decimalValue()).isEqualByComparingTo(new BigDecimal("33.0"));

        // the same targets again: nothing changed, nothing published; a looser PM2.5 target: only PM2.5 again
        given().contentType(ContentType.JSON).body("{\"pm25Mean\":30,\"heavyPollutionDays\":3}")
                .put("/api/air/targets/2012/towns/目标镇").then().statusCode(200).body("revision", equalTo(1));
        given().contentType(ContentType.JSON).body("{\"pm25Mean\":35,\"heavyPollutionDays\":3}")
                .put("/api/air/targets/2012/towns/目标镇").then().statusCode(200).body("revision", equalTo(2));
        pm25 = probe.readKey(Topics.AIR_TARGETS, "2012:TOWN:目标镇:PM25_MEAN", 3, Duration.ofSeconds(4));
        assertEquals(2, pm25.size());
        assertEquals("ON_TRACK", json.readTree(pm25.get(1).value()).get("status").asText());
        assertEquals(1, probe.readKey(Topics.AIR_TARGETS, "2012:TOWN:目标镇:HEAVY_POLLUTION_DAYS", 2,
                Duration.ofSeconds(2)).size());

        given().get("/api/air/targets/2012").then().statusCode(200)
                .body("city", nullValue())
                .body("towns.town", hasItems("目标镇"));
        // read back as entered (35), not padded by the column's scale (35.0000)
        String stored = given().get("/api/air/targets/2012/towns/目标镇").then().statusCode(200).extract().asString();
        assertTrue(stored.contains("\"pm25Mean\":35,"), stored);
    }

    @Test
    void invalidTargetsAndDaysAreProblems() {
        given().contentType(ContentType.JSON).body("{\"goodDayRatio\":120,\"pm25Mean\":-1}")
                .put("/api/air/targets/2030/city")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("goodDayRatio", "pm25Mean"));
        given().contentType(ContentType.JSON).body("{}").put("/api/air/targets/2030/city")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"pm25Mean\":30}").put("/api/air/targets/2030/towns/无此镇")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"pm25Mean\":30}").put("/api/air/targets/1899/city")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().get("/api/air/targets/2031/city").then().statusCode(404);
        given().get("/api/air/targets/2031/city/progress").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"pm25Mean\":30}").put("/api/air/targets/2030/city")
                .then().statusCode(200);
        given().queryParam("asOf", "2029-12-31").get("/api/air/targets/2030/city/progress")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().queryParam("asOf", "2030-13-01").get("/api/air/targets/2030/city/progress")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().queryParam("asOf", "2030-01-01").get("/api/air/targets/2030/city/progress")
                .then().statusCode(200).body("indicators[0].status", equalTo("NOT_ASSESSABLE"));
    }
}
