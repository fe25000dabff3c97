package io.ecocity.gateway.rest;

import static io.ecocity.gateway.support.Payloads.n;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventType;
import io.ecocity.events.air.AirDailyAssessment;
import io.ecocity.events.air.AirStation;
import io.ecocity.events.common.TargetProgress;
import io.ecocity.events.waste.WasteIndicator;
import io.ecocity.events.waste.WasteManifest;
import io.ecocity.events.water.WaterCityAssessment;
import io.ecocity.events.water.WaterSampleAssessment;
import io.ecocity.events.water.WaterSection;
import io.ecocity.events.water.WaterSectionAssessment;
import io.ecocity.gateway.support.CityEvents;
import io.ecocity.gateway.support.DownstreamServicesTestResource;
import io.ecocity.gateway.support.Payloads;
import io.ecocity.gateway.support.SseClient;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.api.BeijingTime;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Events of each domain, sent to a real Kafka broker (in the test JVM) as the services send them, change the
 * gateway's overview, scorecard and town views (H2); only the routes' downstream services are HTTP stubs, unused here.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(DownstreamServicesTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CityViewEventsTest {

    private static final String TOWN_A = "大朗";
    private static final String TOWN_B = "樟木头";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Test
    @Order(1)
    void eventsOfEachDomainChangeTheOverviewTheScorecardAndTheTowns() {
        CityEvents events = new CityEvents(bootstrapServers, json);
        LocalDate today = BeijingTime.today();
        int year = today.getYear();
        OffsetDateTime first = today.atTime(1, 0).atOffset(BeijingTime.OFFSET);

        // air: two city hours, today's daily report, the year to date of the city and two towns, three targets
        events.send(EventType.AIR_HOURLY_ASSESSED, "CITY", Payloads.cityHour(first, 58, 2, "良", "#FFFF00", "pm25"));
        events.send(EventType.AIR_HOURLY_ASSESSED, "CITY",
                Payloads.cityHour(first.plusHours(1), 112, 3, "轻度污染", "#FF7E00", "o3"));
        events.send(EventType.AIR_STATION_REGISTERED, "CV-S1", new AirStation("CV-S1", "大朗子站", TOWN_A, n("22.94"),
                n("113.94"), "PROVINCIAL", true, 1, OffsetDateTime.parse("2026-01-05T09:00:00+08:00")));
        events.send(EventType.AIR_HOURLY_ASSESSED, "CV-S1",
                Payloads.hour("STATION", "CV-S1", TOWN_A, first, 40, 1, "优", "#00E400", null));
        events.send(EventType.AIR_HOURLY_ASSESSED, "CV-S1",
                Payloads.hour("STATION", "CV-S1", TOWN_A, first.plusHours(1), 75, 2, "良", "#FFFF00", "pm25"));
        events.send(EventType.AIR_DAILY_ASSESSED, "CITY", new AirDailyAssessment("CITY", null, null, today,
                "HJ633_2026", List.of(), List.of(), 68, 2, "良", "Moderate", "#FFFF00", List.of("pm25"), List.of(),
                false, false));
        events.send(EventType.AIR_STATISTICS_UPDATED, "CITY", Payloads.statistics("CITY", null, year, today,
                "3.29", "3.35", "1.8", "20", "22", "9.1", "90.4", "89.2", "1.2"));
        events.send(EventType.AIR_STATISTICS_UPDATED, TOWN_A, Payloads.statistics("TOWN", TOWN_A, year, today,
                "3.05", null, null, "19", null, null, "92.0", null, null));
        events.send(EventType.AIR_STATISTICS_UPDATED, TOWN_B, Payloads.statistics("TOWN", TOWN_B, year, today,
                "3.61", null, null, "23", null, null, "85.5", null, null));
        events.send(EventType.AIR_TARGET_PROGRESS, "air-city-ci", Payloads.target("air", year, today, "CITY", null,
                "COMPOSITE_INDEX", "环境空气质量综合指数", null, "LOWER_IS_BETTER", "3.40", "3.29", "ON_TRACK", null));
        events.send(EventType.AIR_TARGET_PROGRESS, "air-city-pm25", Payloads.target("air", year, today, "CITY", null,
                "PM25_MEAN", "PM2.5年均浓度", "µg/m³", "LOWER_IS_BETTER", "22", "20", "AT_RISK", "26.5"));
        events.send(EventType.AIR_TARGET_PROGRESS, "air-city-good", Payloads.target("air", year, today, "CITY", null,
                "GOOD_DAY_RATIO", "空气质量优良天数比例", "%", "HIGHER_IS_BETTER", "88", "90.4", "ON_TRACK", "9"));
        events.send(EventType.AIR_TARGET_PROGRESS, "air-town-ci", Payloads.target("air", year, today, "TOWN", TOWN_A,
                "COMPOSITE_INDEX", "环境空气质量综合指数", null, "LOWER_IS_BETTER", "3.20", "3.05", "ON_TRACK", null));

        // water: a section, its latest sample and year to date, the city's good share and its target
        events.send(EventType.WATER_SECTION_REGISTERED, "CV-W1", new WaterSection("CV-W1", "松木山水库出口", "松木山水库",
                "LAKE_RESERVOIR", "PROVINCIAL", TOWN_A, "III", n("22.9"), n("113.9"), true, 1,
                OffsetDateTime.parse("2026-01-05T09:00:00+08:00")));
        events.send(EventType.WATER_SAMPLE_ASSESSED, "CV-W1", new WaterSampleAssessment("CV-W1", TOWN_A,
                first.minusDays(1), "LAKE_RESERVOIR", "II", "III", true,
                List.of(new WaterSampleAssessment.Item("DO", n("7.1"), "II", null)), List.of(), List.of(), false));
        events.send(EventType.WATER_SECTION_ASSESSED, "CV-W1", new WaterSectionAssessment("CV-W1", TOWN_A, "ytd",
                LocalDate.of(year, 1, 1), today, 11, "III", "III", true, List.of(), "IV", "IMPROVED"));
        events.send(EventType.WATER_CITY_ASSESSED, "city", new WaterCityAssessment("ytd", LocalDate.of(year, 1, 1),
                today, 9, 7, n("77.8"), 0, n("0"), n("88.9"), "良好", n("66.7"), List.of("CV-W1"), List.of()));
        events.send(EventType.WATER_TARGET_PROGRESS, "water-good", Payloads.target("water", year, today, "CITY", null,
                "WATER_GOOD_SHARE", "地表水水质优良比例", "%", "HIGHER_IS_BETTER", "66.7", "77.8", "ON_TRACK", "1"));
        events.send(EventType.WATER_TARGET_PROGRESS, "water-section", Payloads.target("water", year, today, "SECTION",
                "CV-W1", "SECTION_CLASS", "断面水质类别", null, "HIGHER_IS_BETTER", "3", "3", "ON_TRACK", null));

        // waste: a headline indicator with its target, three manifests in town A (two open, one of them overdue)
        // the waste service publishes months, quarters and the year: the year's value is the one so far
        events.send(EventType.WASTE_INDICATOR_UPDATED, "CITY:INDUSTRIAL_SOLID_WASTE_UTILISATION_RATE", new WasteIndicator(
                "INDUSTRIAL_SOLID_WASTE_UTILISATION_RATE", "一般工业固体废物综合利用率",
                "General industrial solid waste comprehensive utilisation rate", "CITY", null, year + "-Q1",
                LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31), n("91.2"), null, "%", "HIGHER_IS_BETTER", null,
                "v1"));
        events.send(EventType.WASTE_INDICATOR_UPDATED, "CITY:INDUSTRIAL_SOLID_WASTE_UTILISATION_RATE", new WasteIndicator(
                "INDUSTRIAL_SOLID_WASTE_UTILISATION_RATE", "一般工业固体废物综合利用率",
                "General industrial solid waste comprehensive utilisation rate", "CITY", null, Integer.toString(year),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), n("96.5"), null, "%", "HIGHER_IS_BETTER",
                n("95.1"), "v1"));
        events.send(EventType.WASTE_TARGET_PROGRESS, "waste-isw", Payloads.target("waste", year, today, "CITY", null,
                "INDUSTRIAL_SOLID_WASTE_UTILISATION_RATE", "一般工业固体废物综合利用率", "%", "HIGHER_IS_BETTER", "95",
                "96.5", "ON_TRACK", null));
        events.send(EventType.WASTE_MANIFEST_CHANGED, "CV-M1", manifest("CV-M1", "IN_TRANSIT", true));
        events.send(EventType.WASTE_MANIFEST_CHANGED, "CV-M2", manifest("CV-M2", "SUBMITTED", false));
        events.send(EventType.WASTE_MANIFEST_CHANGED, "CV-M3", manifest("CV-M3", "CLOSED", false));
        events.send(EventType.WATER_ALERT, "CV-A1", Payloads.alert("CV-A1", "water", "CRITICAL", "RAISED", TOWN_A));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonPath overview = given().get("/api/city/overview").then().statusCode(200).extract().jsonPath();
            assertTrue(overview.getList("water.sections.sectionId").contains("CV-W1"), "water section applied");
            assertTrue(overview.getInt("water.activeAlerts.critical") >= 1, "alert applied");
            assertTrue(overview.getString("waste.indicators.find { it.indicatorCode == "
                    + "'INDUSTRIAL_SOLID_WASTE_UTILISATION_RATE' }.figure.target") != null, "waste target applied");
            assertTrue(overview.getInt("air.today.hoursReported") >= 2, "both hours applied");
            assertTrue(overview.getString("air.stations.find { it.stationId == 'CV-S1' }.latestHour.hourEnd")
                    .startsWith(today + "T02:00"), "both station hours applied");
            assertTrue(overview.getString("air.yearToDate.pm25.status") != null, "air targets applied");
        });

        given().get("/api/city/overview").then().statusCode(200)
                .body("date", equalTo(today.toString()))
                .body("air.latestHour.aqi", equalTo(112))
                .body("air.latestHour.level", equalTo(3))
                .body("air.latestHour.colour", equalTo("#FF7E00"))
                .body("air.latestHour.primaryPollutants", equalTo(List.of("o3")))
                .body("air.latestHour.hourEnd", equalTo(today + "T02:00:00+08:00"))
                .body("air.today.daily.aqi", equalTo(68))
                .body("air.stations.find { it.stationId == 'CV-S1' }.latestHour.aqi", equalTo(75))
                .body("air.today.highestHour.aqi", equalTo(112))
                .body("air.yearToDate.compositeIndex.value", equalTo(3.29f))
                .body("air.yearToDate.compositeIndex.target", equalTo(3.4f))
                .body("air.yearToDate.compositeIndex.status", equalTo("ON_TRACK"))
                .body("air.yearToDate.compositeIndex.yearOnYearChange", equalTo(1.8f))
                .body("air.yearToDate.pm25.value", equalTo(20))
                .body("air.yearToDate.pm25.status", equalTo("AT_RISK"))
                .body("air.yearToDate.pm25.remainingAllowance", equalTo(26.5f))
                .body("air.yearToDate.goodDayRatio.value", equalTo(90.4f))
                .body("air.yearToDate.goodDayRatio.target", equalTo(88))
                .body("water.sections.find { it.sectionId == 'CV-W1' }.latestSampleClass", equalTo("II"))
                .body("water.sections.find { it.sectionId == 'CV-W1' }.periodClass", equalTo("III"))
                .body("water.sections.find { it.sectionId == 'CV-W1' }.targetClass", equalTo("III"))
                .body("water.sections.find { it.sectionId == 'CV-W1' }.classChange", equalTo("IMPROVED"))
                .body("water.goodShare.value", equalTo(77.8f))
                .body("water.goodShare.target", equalTo(66.7f))
                .body("water.goodShare.status", equalTo("ON_TRACK"))
                .body("waste.indicators.find { it.indicatorCode == 'INDUSTRIAL_SOLID_WASTE_UTILISATION_RATE' }"
                        + ".figure.value", equalTo(96.5f))
                .body("waste.indicators.find { it.indicatorCode == 'INDUSTRIAL_SOLID_WASTE_UTILISATION_RATE' }.period",
                        equalTo(Integer.toString(year)))
                .body("waste.indicators.find { it.indicatorCode == 'HOUSEHOLD_WASTE_RECYCLING_RATE' }.absenceReason",
                        equalTo("NO_DATA"))
                .body("waste.manifests.open", greaterThanOrEqualTo(2))
                .body("waste.manifests.overdue", greaterThanOrEqualTo(1))
                .body("air.freshness.stale", equalTo(false))
                .body("waste.freshness.lastEventAt", notNullValue());

        JsonPath scorecard = given().queryParam("year", year).get("/api/city/scorecard").then().statusCode(200)
                .body("year", equalTo(year))
                .body("items.indicator", hasItems("COMPOSITE_INDEX", "PM25_MEAN", "GOOD_DAY_RATIO", "WATER_GOOD_SHARE",
                        "SECTION_CLASS", "INDUSTRIAL_SOLID_WASTE_UTILISATION_RATE"))
                .body("items.domain", hasItems("air", "water", "waste"))
                .extract().jsonPath();
        assertTrue(scorecard.getInt("atRisk") >= 1);
        given().queryParam("year", year).get("/api/city/scorecard").then()
                .body("items.find { it.indicator == 'PM25_MEAN' }.remainingAllowance", equalTo(26.5f))
                .body("items.find { it.indicator == 'PM25_MEAN' }.checkpoints.period",
                        equalTo(List.of("WEEK", "MONTH", "QUARTER")))
                .body("items.find { it.indicator == 'PM25_MEAN' }.checkpoints[1].status", equalTo("BEHIND_PACE"))
                .body("items.find { it.indicator == 'PM25_MEAN' }.checkpoints[2].value", nullValue());
        given().queryParam("year", year - 5).get("/api/city/scorecard").then().statusCode(200)
                .body("items.size()", equalTo(0));

        JsonPath towns = given().get("/api/city/towns").then().statusCode(200)
                .body("rankedBy", equalTo("compositeIndex")).extract().jsonPath();
        int rankA = towns.getInt("towns.find { it.town == '" + TOWN_A + "' }.rank");
        int rankB = towns.getInt("towns.find { it.town == '" + TOWN_B + "' }.rank");
        assertTrue(rankA < rankB, "the lower composite index ranks first: " + rankA + " vs " + rankB);
        JsonPath byGoodDays = given().queryParam("rankBy", "goodDayRatio").get("/api/city/towns").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(byGoodDays.getInt("towns.find { it.town == '" + TOWN_A + "' }.rank")
                < byGoodDays.getInt("towns.find { it.town == '" + TOWN_B + "' }.rank"), "the higher ratio ranks first");
        given().queryParam("rankBy", "loudness").get("/api/city/towns").then().statusCode(400)
                .body("errors.field", hasItem("rankBy"));

        given().get("/api/city/towns/" + TOWN_A).then().statusCode(200)
                .body("town", equalTo(TOWN_A))
                .body("rank", equalTo(rankA))
                .body("air.yearToDate.compositeIndex.value", equalTo(3.05f))
                .body("air.yearToDate.compositeIndex.target", equalTo(3.2f))
                .body("air.stations.stationId", equalTo(List.of("CV-S1")))
                .body("water.sections.sectionId", equalTo(List.of("CV-W1")))
                .body("water.sectionsMeetingTarget", equalTo(1))
                .body("waste.manifests.open", equalTo(2))
                .body("waste.manifests.overdue", equalTo(1))
                .body("activeAlerts.critical", equalTo(1))
                .body("targets.indicator", hasItems("COMPOSITE_INDEX", "SECTION_CLASS"));
        given().get("/api/city/towns/无此镇街").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @Order(2)
    void aStreamClientReceivesCityAqiAndScorecardChanges() throws Exception {
        CityEvents events = new CityEvents(bootstrapServers, json);
        LocalDate today = BeijingTime.today();
        OffsetDateTime third = today.atTime(3, 0).atOffset(BeijingTime.OFFSET);
        try (SseClient stream = new SseClient("http://localhost:" + RestAssured.port + "/api/city/stream")) {
            stream.await("ready", data -> true, Duration.ofSeconds(10));
            events.send(EventType.AIR_HOURLY_ASSESSED, "CITY", Payloads.cityHour(third, 151, 4, "中度污染", "#FF0000", "pm25"));
            events.send(EventType.AIR_TARGET_PROGRESS, "air-city-pm25", Payloads.target("air", today.getYear(), today,
                    "CITY", null, "PM25_MEAN", "PM2.5年均浓度", "µg/m³", "LOWER_IS_BETTER", "22", "20.3", "AT_RISK", "20"));

            SseClient.Event aqi = stream.await("city-aqi", data -> data.contains("\"aqi\":151"), Duration.ofSeconds(5));
            assertTrue(aqi.data().contains("\"colour\":\"#FF0000\""), aqi.data());
            SseClient.Event target = stream.await("scorecard", data -> data.contains("\"value\":20.3"),
                    Duration.ofSeconds(5));
            assertTrue(target.data().contains("\"indicator\":\"PM25_MEAN\""), target.data());
        }
        given().get("/api/city/overview").then().body("air.latestHour.aqi", equalTo(151));
    }

    @Test
    @Order(3)
    void aTargetWithLongDisplayLabelsReachesTheScorecard() {
        CityEvents events = new CityEvents(bootstrapServers, json);
        LocalDate today = BeijingTime.today();
        // the waste service states how a value came about: recycled over collected, in the tonnes of each month
        String valueLabel = "41.5 %（回收利用 " + "12,345.6 t + ".repeat(20) + "= 246,912 t，收集 594,968 t）";
        String allowanceLabel = "1.5 个百分点；" + "按月核算，".repeat(60);
        TargetProgress progress = Payloads.target("waste", today.getYear(), today, "CITY", null,
                "HOUSEHOLD_WASTE_RECYCLING_RATE", "生活垃圾回收利用率", "%", "HIGHER_IS_BETTER", "40", "41.5",
                "ON_TRACK", "1.5");
        progress = new TargetProgress(progress.domain(), progress.year(), progress.asOf(),
                progress.scope(), progress.scopeId(), progress.indicator(), progress.name(), progress.unit(),
                progress.direction(), progress.target(), progress.targetLabel(), progress.value(), valueLabel,
                progress.projected(), progress.status(), progress.remainingAllowance(), allowanceLabel,
                progress.checkpoints());
        assertTrue(valueLabel.length() > 100 && allowanceLabel.length() > 100);
        events.send(EventType.WASTE_TARGET_PROGRESS, "waste-household-recycling", progress);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().queryParam("year", today.getYear())
                .get("/api/city/scorecard").then().statusCode(200)
                .body("items.find { it.indicator == 'HOUSEHOLD_WASTE_RECYCLING_RATE' }.valueLabel", equalTo(valueLabel))
                .body("items.find { it.indicator == 'HOUSEHOLD_WASTE_RECYCLING_RATE' }.allowanceLabel",
                        equalTo(allowanceLabel)));
    }

    private static WasteManifest manifest(String number, String state, boolean overdue) {
        return new WasteManifest(number, state, null, "HW08", "900-249-08", n("12.5"), null, "东莞某电子厂",
                "东莞危运", "FAC-1", TOWN_A, "test", OffsetDateTime.now().withNano(0),
                state.equals("SUBMITTED") ? null : OffsetDateTime.now().minusDays(8).withNano(0), overdue);
    }
}
