package io.ecocity.water.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static io.ecocity.water.rest.WaterTestClient.post;
import static io.ecocity.water.rest.WaterTestClient.register;
import static io.ecocity.water.rest.WaterTestClient.sample;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The seed city in 2024 (9 assessed sections, 6 in I–III; 共和村 and 樟村 better than in 2023) over REST into H2 and
 * its city, section and target events on a real Kafka broker (in the test JVM); nothing is stubbed. Only this class
 * samples 2023–2024, so the city of those years is exactly these sections.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class CityAssessmentResourceTest {

    private static final String GOOD = "DO 6.5,CODMn 3,NH3N 0.4,TP 0.08";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static boolean seeded;

    /** Seeded once for the class, by the first test that runs (the HTTP port is known only inside a test). */
    private static synchronized void seedCity() {
        if (seeded) {
            return;
        }
        seeded = true;
        for (int i = 1; i <= 9; i++) {
            register("CITY-" + i, "III", true);
        }
        List<String> samples = new ArrayList<>();
        for (String at : List.of("2024-03-12T10:00:00+08:00", "2024-09-12T10:00:00+08:00")) {
            samples.add(sample("CITY-1", at, "DO 5.8", "CODMn 4.5", "NH3N 0.8", "TP 0.15"));
            for (int i = 2; i <= 6; i++) {
                samples.add(sample("CITY-" + i, at, GOOD.split(",")));
            }
            samples.add(sample("CITY-7", at, "DO 5.5", "NH3N 1.2", "TP 0.15"));
            samples.add(sample("CITY-8", at, "DO 5.5", "NH3N 1.8", "TP 0.15"));
            samples.add(sample("CITY-9", at, "DO 5.5", "NH3N 2.5", "TP 0.15"));
        }
        samples.add(sample("CITY-1", "2023-06-12T10:00:00+08:00", "DO 5.8", "NH3N 1.3", "TP 0.15"));
        samples.add(sample("CITY-2", "2023-06-12T10:00:00+08:00", "DO 5.8", "NH3N 1.9", "TP 0.15"));
        samples.add(sample("CITY-3", "2023-06-12T10:00:00+08:00", GOOD.split(",")));
        post(samples.toArray(String[]::new)).statusCode(200).body("created", equalTo(21));
    }

    @Test
    void nineSectionsWithSixGoodReportSixtySixPointSevenPercentAndTheImprovedSections() {
        seedCity();
        given().queryParam("period", "2024").get("/api/water/assessment")
                .then().statusCode(200)
                .body("assessedSections", equalTo(9))
                .body("goodSections", equalTo(6))
                .body("goodSharePercent", equalTo(66.7f))
                .body("worseThanVSections", equalTo(1))
                .body("worseThanVSharePercent", equalTo(11.1f))
                .body("meetingTargetSharePercent", equalTo(66.7f))
                .body("grading.status", equalTo("轻度污染"))
                .body("grading.method", equalTo("CLASS_PROPORTION"))
                .body("rivers[0].river", equalTo("东江南支流"))
                .body("sectionsImproved", equalTo(List.of("CITY-1", "CITY-2")))
                .body("sectionsWorsened", equalTo(List.of()))
                .body("goodSharePercentLastYear", equalTo(33.3f));
        given().queryParam("period", "2024").get("/api/water/sections/CITY-1/assessment")
                .then().statusCode(200)
                .body("waterClass", equalTo("III"))
                .body("lastYearClass", equalTo("IV"))
                .body("classChange", equalTo("IV → III, improved"))
                .body("sampleCount", equalTo(2))
                .body("itemMeans.find { it.item == 'NH3N' }.value", equalTo(0.8f));
    }

    @Test
    void theCityYearIsAnnouncedWithTheBulletinFigures() {
        seedCity();
        WaterTestClient client = new WaterTestClient(bootstrapServers);
        List<ConsumerRecord<String, String>> cities = client.probe().read(Topics.WATER_ASSESSMENTS, Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> "CITY".equals(r.key()) && r.value().contains("\"period\":\"2024\"")));
        JsonNode city = cities.stream().filter(r -> "CITY".equals(r.key()) && r.value().contains("\"period\":\"2024\""))
                .map(WaterTestClient::conforming).reduce((first, last) -> last).orElseThrow();
        assertEquals("2024-01-01", city.get("from").asText());
        assertEquals("2024-12-31", city.get("to").asText(), "a year that is over is assessed to its end");
        assertThat(city.get("goodSharePercent").decimalValue()).isEqualByComparingTo(new BigDecimal("66.7"));
        assertEquals("[\"CITY-1\",\"CITY-2\"]", city.get("sectionsImproved").toString());

        JsonNode improved = client.events(Topics.WATER_ASSESSMENTS, "CITY-2", EventType.WATER_SECTION_ASSESSED.type(), 2,
                Duration.ofSeconds(10)).stream().map(WaterTestClient::conforming)
                .filter(n -> n.get("period").asText().equals("2024")).reduce((first, last) -> last).orElseThrow();
        assertEquals("V", improved.get("lastYearClass").asText());
        assertEquals("II", improved.get("waterClass").asText());
        assertEquals("IMPROVED", improved.get("classChange").asText());
    }

    @Test
    void settingTheYearsTargetsAnnouncesTheCityProgress() {
        seedCity();
        given().contentType(ContentType.JSON)
                .body("{\"goodSharePercentAtLeast\":66.7,\"worseThanVSectionsAllowed\":0,\"sectionTargetClasses\":{\"CITY-7\":\"IV\"}}")
                .put("/api/water/targets/2024").then().statusCode(200);
        WaterTestClient client = new WaterTestClient(bootstrapServers);
        List<ConsumerRecord<String, String>> share = client.events(Topics.WATER_TARGETS, "2024:CITY:WATER_GOOD_SHARE",
                EventType.WATER_TARGET_PROGRESS.type(), 1, Duration.ofSeconds(20));
        JsonNode goodShare = WaterTestClient.conforming(share.get(share.size() - 1));
        assertEquals("2024-12-31", goodShare.get("asOf").asText());
        assertThat(goodShare.get("value").decimalValue()).isEqualByComparingTo(new BigDecimal("66.7"));
        assertEquals("≥ 66.7 %", goodShare.get("targetLabel").asText());
        assertEquals(0, goodShare.get("remainingAllowance").intValue(), "no good section may slip");
        List<ConsumerRecord<String, String>> worst = client.events(Topics.WATER_TARGETS, "2024:CITY:WORSE_THAN_V_SECTIONS",
                EventType.WATER_TARGET_PROGRESS.type(), 1, Duration.ofSeconds(20));
        JsonNode worseThanV = WaterTestClient.conforming(worst.get(worst.size() - 1));
        assertEquals(1, worseThanV.get("value").intValue());
        assertTrue(List.of("AT_RISK", "OFF_TRACK").contains(worseThanV.get("status").asText()));
        List<ConsumerRecord<String, String>> seven = client.events(Topics.WATER_TARGETS, "2024:SECTION:CITY-7:SECTION_CLASS",
                EventType.WATER_TARGET_PROGRESS.type(), 1, Duration.ofSeconds(20));
        JsonNode sectionSeven = WaterTestClient.conforming(seven.get(seven.size() - 1));
        assertEquals("IV", sectionSeven.get("targetLabel").asText(), "the year's own target class");
        assertEquals("IV", sectionSeven.get("valueLabel").asText());
        assertEquals("ON_TRACK", sectionSeven.get("status").asText());
        given().get("/api/water/targets/2024").then().statusCode(200).body("sectionTargetClasses.CITY-7", equalTo("IV"));
    }
}
