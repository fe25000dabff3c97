package io.ecocity.gateway.rest;

import static io.ecocity.gateway.support.Payloads.n;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventType;
import io.ecocity.events.waste.WasteIndicator;
import io.ecocity.events.water.WaterCityAssessment;
import io.ecocity.events.water.WaterSection;
import io.ecocity.gateway.support.CityEvents;
import io.ecocity.gateway.support.DownstreamServicesTestResource;
import io.ecocity.gateway.support.Payloads;
import io.ecocity.kafka.KafkaBrokerTestResource;
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
 * The annual bulletin from events of several years sent to a real Kafka broker (in the test JVM), with the seed's 2022
 * figures; the view is H2; only the routes' downstream services are HTTP stubs, never called for a bulletin.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(DownstreamServicesTestResource.class)
class AnnualBulletinTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Test
    void theBulletinOfAYearIsBuiltFromThatYearsEventsOnly() {
        CityEvents events = new CityEvents(bootstrapServers, json);
        for (String[] section : new String[][] {{"AB-GHC", "共和村"}, {"AB-ZC", "樟村"}}) {
            events.send(EventType.WATER_SECTION_REGISTERED, section[0], new WaterSection(section[0], section[1], "东引运河",
                    "RIVER", "PROVINCIAL", "大岭山", "IV", n("22.9"), n("113.8"), true, 1,
                    OffsetDateTime.parse("2022-01-01T00:00:00+08:00")));
        }
        // 2022 as the seed reports it, and the years around it, which must not leak into it
        events.send(EventType.AIR_STATISTICS_UPDATED, "CITY", Payloads.statistics("CITY", null, 2022,
                LocalDate.of(2022, 12, 31), "3.29", "3.35", "1.8", "20", "22", "9.1", "90.4", "89.2", "1.2"));
        events.send(EventType.AIR_STATISTICS_UPDATED, "CITY", Payloads.statistics("CITY", null, 2021,
                LocalDate.of(2021, 12, 31), "3.35", "3.30", "-1.5", "22", "21", "-4.8", "89.2", "91.0", "-1.8"));
        events.send(EventType.AIR_STATISTICS_UPDATED, "CITY", Payloads.statistics("CITY", null, 2023,
                LocalDate.of(2023, 6, 30), "3.10", "3.29", "5.8", "19", "20", "5", "92", "90.4", "1.6"));
        events.send(EventType.WATER_CITY_ASSESSED, "city", new WaterCityAssessment("2022", LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 12, 31), 9, 6, n("66.7"), 0, n("0"), n("88.9"), "良好", n("55.6"),
                List.of("AB-GHC", "AB-ZC"), List.of()));
        events.send(EventType.WATER_CITY_ASSESSED, "city", new WaterCityAssessment("2022-06", LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 6, 30), 9, 3, n("33.3"), 1, n("11.1"), n("44.4"), "轻度污染", null, List.of(), List.of()));
        events.send(EventType.WATER_CITY_ASSESSED, "city", new WaterCityAssessment("2023", LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31), 9, 8, n("88.9"), 0, n("0"), n("100"), "优", n("66.7"), List.of(), List.of()));
        events.send(EventType.WASTE_INDICATOR_UPDATED, "ISW", new WasteIndicator(
                "INDUSTRIAL_SOLID_WASTE_UTILISATION_RATE", "一般工业固体废物综合利用率",
                "General industrial solid waste comprehensive utilisation rate", "CITY", null, "2022",
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), n("98.50"), null, "%", "HIGHER_IS_BETTER",
                n("97.2"), "v1"));
        events.send(EventType.WASTE_INDICATOR_UPDATED, "HHT", new WasteIndicator(
                "HOUSEHOLD_WASTE_HARMLESS_TREATMENT_RATE", "生活垃圾无害化处理率", "Household waste harmless treatment rate",
                "CITY", null, "2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), n("100"), null, "%",
                "HIGHER_IS_BETTER", n("100"), "v1"));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().queryParam("year", 2022)
                .get("/api/city/report").then().statusCode(200)
                .body("figures.water.sectionsImproved.name", equalTo(List.of("共和村", "樟村")))
                .body("figures.zeroWaste.size()", equalTo(2))
                .body("figures.air.compositeIndex", equalTo(3.29f)));

        given().queryParam("year", 2022).get("/api/city/report").then().statusCode(200)
                .body("year", equalTo(2022))
                .body("complete", equalTo(true))
                .body("figures.air.compositeIndexImprovementPercent", equalTo(1.8f))
                .body("figures.air.pm25Mean", equalTo(20))
                .body("figures.air.pm25ImprovementPercent", equalTo(9.1f))
                .body("figures.water.period", equalTo("2022"))
                .body("figures.water.goodSharePercent", equalTo(66.7f))
                .body("missing", hasItem("waste: no city value of HOUSEHOLD_WASTE_RECYCLING_RATE for 2022"))
                .body("missing", not(hasItem(containsString("air"))))
                .body("paragraphZh", equalTo("2022年全年空气质量综合指数3.29、同比改善1.8%，PM2.5浓度20微克/立方米、"
                        + "同比改善9.1%，空气质量优良天数比例90.4%、同比上升1.2个百分点；9个考核断面水质优良比例66.7%、"
                        + "同比上升11.1个百分点，共和村、樟村断面水质同比改善；“无废城市”建设方面，"
                        + "一般工业固体废物综合利用率98.5%、生活垃圾无害化处理率100%。"))
                .body("paragraphEn", containsString("In 2022, the ambient air quality composite index was 3.29, 1.8% "
                        + "better than the year before; PM2.5 averaged 20 µg/m³, 9.1% better than the year before"))
                .body("paragraphEn", containsString("共和村 and 樟村 have improved on the year before"));

        given().queryParam("year", 2021).get("/api/city/report").then().statusCode(200)
                .body("figures.air.compositeIndex", equalTo(3.35f))
                .body("figures.water", nullValue())
                .body("missing", hasItem("water: no city assessment from 1 January 2021"))
                .body("paragraphZh", containsString("同比恶化1.5%"))
                .body("paragraphEn", containsString("1.5% worse than the year before"));

        given().queryParam("year", 2023).get("/api/city/report").then().statusCode(200)
                .body("complete", equalTo(false))
                .body("paragraphZh", containsString("2023年1月1日至6月30日空气质量综合指数3.1"));
        given().queryParam("year", 1999).get("/api/city/report").then().statusCode(400)
                .body("errors.field", hasItem("year"));
    }
}
