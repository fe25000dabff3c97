package io.ecocity.gateway.rest;

import static io.ecocity.gateway.support.Payloads.n;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventType;
import io.ecocity.events.air.AirDailyAssessment;
import io.ecocity.events.air.AirStatistics;
import io.ecocity.events.water.WaterSampleAssessment;
import io.ecocity.events.water.WaterSection;
import io.ecocity.events.water.WaterSectionAssessment;
import io.ecocity.gateway.support.CityEvents;
import io.ecocity.gateway.support.DownstreamServicesTestResource;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.api.BeijingTime;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's chart series from events sent to a real Kafka broker (in the test JVM) as the services send them;
 * the view is H2; only the routes' downstream services are HTTP stubs, never called for the charts. A town of its own
 * keeps the other tests' city events out of the figures.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(DownstreamServicesTestResource.class)
class CityChartsTest {

    private static final String TOWN = "图表镇";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Test
    void theChartsShowTheLast30DaysTheMonthsOfTwoYearsAndTheSectionsByTheirCoordinates() {
        CityEvents events = new CityEvents(bootstrapServers, json);
        LocalDate today = BeijingTime.today();
        int year = today.getYear();
        // three daily reports in the window and one the day before it
        events.send(EventType.AIR_DAILY_ASSESSED, TOWN, daily(today.minusDays(30), 200, 4, "中度污染", "#FF0000"));
        events.send(EventType.AIR_DAILY_ASSESSED, TOWN, daily(today.minusDays(29), 45, 1, "优", "#00E400"));
        events.send(EventType.AIR_DAILY_ASSESSED, TOWN, daily(today.minusDays(3), 128, 3, "轻度污染", "#FF7E00"));
        events.send(EventType.AIR_DAILY_ASSESSED, TOWN, daily(today, 61, 2, "良", "#FFFF00"));
        events.send(EventType.AIR_STATISTICS_UPDATED, TOWN, statistics(year, today,
                List.of(new AirStatistics.MonthlyPm25(year + "-01", n("38.5")))));
        events.send(EventType.AIR_STATISTICS_UPDATED, TOWN, statistics(year - 1, LocalDate.of(year - 1, 12, 31),
                List.of(new AirStatistics.MonthlyPm25((year - 1) + "-01", n("41")),
                        new AirStatistics.MonthlyPm25((year - 1) + "-12", n("35.2")))));
        events.send(EventType.WATER_SECTION_REGISTERED, "CH-W1", new WaterSection("CH-W1", "图表断面", "寒溪河", "RIVER",
                "PROVINCIAL", TOWN, "III", n("22.95"), n("113.85"), true, 1,
                OffsetDateTime.parse("2026-01-05T09:00:00+08:00")));
        events.send(EventType.WATER_SECTION_ASSESSED, "CH-W1", new WaterSectionAssessment("CH-W1", TOWN,
                Integer.toString(year), LocalDate.of(year, 1, 1), today, 3, "IV", "III", false, List.of("NH3N"), "V",
                "IMPROVED"));
        events.send(EventType.WATER_SAMPLE_ASSESSED, "CH-W1", new WaterSampleAssessment("CH-W1", TOWN,
                today.atTime(0, 0).atOffset(BeijingTime.OFFSET).minusDays(1), "RIVER", "II", "III", true,
                List.of(new WaterSampleAssessment.Item("DO", n("7.1"), "II", null)), List.of(), List.of(), false));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().queryParam("town", TOWN)
                .get("/api/city/charts").then().statusCode(200)
                .body("dailyAqi.find { it.day == '" + today.minusDays(3) + "' }.aqi", equalTo(128))
                .body("monthlyPm25.lastYear[11]", equalTo(35.2f))
                .body("sections.find { it.sectionId == 'CH-W1' }.latestSampleClass", equalTo("II")));

        given().queryParam("town", TOWN).get("/api/city/charts").then().statusCode(200)
                .body("town", equalTo(TOWN))
                .body("date", equalTo(today.toString()))
                .body("dailyAqi.size()", equalTo(30))
                .body("dailyAqi[0].day", equalTo(today.minusDays(29).toString()))
                .body("dailyAqi[0].aqi", equalTo(45))
                .body("dailyAqi[0].colour", equalTo("#00E400"))
                .body("dailyAqi[1].aqi", nullValue())
                .body("dailyAqi[26].level", equalTo(3))
                .body("dailyAqi[26].primaryPollutants", equalTo(List.of("pm25")))
                .body("dailyAqi[29].day", equalTo(today.toString()))
                .body("dailyAqi[29].aqi", equalTo(61))
                .body("monthlyPm25.year", equalTo(year))
                .body("monthlyPm25.thisYear.size()", equalTo(12))
                .body("monthlyPm25.thisYear[0]", equalTo(38.5f))
                .body("monthlyPm25.thisYear[1]", nullValue())
                .body("monthlyPm25.lastYear[0]", equalTo(41))
                .body("sections.size()", equalTo(1))
                .body("sections[0].latitude", equalTo(22.95f))
                .body("sections[0].longitude", equalTo(113.85f))
                .body("sections[0].targetClass", equalTo("III"))
                .body("sections[0].yearClass", equalTo("IV"))
                .body("sections[0].lastYearClass", equalTo("V"))
                .body("sections[0].yearMeetsTarget", equalTo(false))
                .body("sections[0].latestSampleMeetsTarget", equalTo(true));

        given().get("/api/city/charts").then().statusCode(200)
                .body("town", nullValue())
                .body("dailyAqi.size()", equalTo(30))
                .body("sections.find { it.sectionId == 'CH-W1' }.town", equalTo(TOWN));
        given().queryParam("town", "无此镇").get("/api/city/charts").then().statusCode(200)
                .body("sections.size()", equalTo(0))
                .body("dailyAqi.findAll { it.aqi != null }.size()", equalTo(0));
    }

    private static AirDailyAssessment daily(LocalDate day, int aqi, int level, String category, String colour) {
        return new AirDailyAssessment("TOWN", null, TOWN, day, "HJ633_2026", List.of(), List.of(), aqi, level, category,
                "Moderate", colour, aqi > 50 ? List.of("pm25") : List.of(), List.of(), false, false);
    }

    private static AirStatistics statistics(int year, LocalDate to, List<AirStatistics.MonthlyPm25> months) {
        return new AirStatistics("TOWN", null, TOWN, year, LocalDate.of(year, 1, 1), to, n("3.1"), null, null, "o3",
                n("30"), null, null, n("90"), null, null, n("150"), 0, 30, true, months,
                List.of(new AirStatistics.DailyAqi(to, 60, 2)));
    }
}
