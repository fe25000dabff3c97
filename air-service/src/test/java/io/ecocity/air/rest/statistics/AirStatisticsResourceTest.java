package io.ecocity.air.rest.statistics;

import static io.ecocity.air.repository.statistics.DailyValueFixture.days;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.ecocity.air.repository.statistics.DailyValueFixture;
import io.ecocity.air.repository.statistics.StatisticsDailyValueEntity;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Period statistics and rankings over REST from daily values written into H2 (standing in for the daily assessment),
 * with the real broker of the module's tests; nothing is stubbed. Each test owns its years or scope ids.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class AirStatisticsResourceTest {

    @Inject
    DailyValueFixture fixture;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static void station(String id, String town, boolean assessed) {
        given().contentType(ContentType.JSON).body("""
                {"stationId":"%s","name":"%s子站","town":"%s","latitude":23.02,"longitude":113.75,
                 "kind":"NATIONAL","assessed":%s}""".formatted(id, id, town, assessed))
                .post("/api/air/stations").then().statusCode(201);
    }

    @Test
    void handComputedCompositeIndexOfTheCity() {
        // every day of May 2019: SO2 10, NO2 30, PM10 60, PM2.5 30, CO 1.2 (so its P95 is 1.2), O3 150 (P90 150):
        // 10/60 + 30/40 + 60/70 + 30/35 + 1.2/4 + 150/160 = 0.1667 + 0.75 + 0.8571 + 0.8571 + 0.3 + 0.9375 = 3.868 → 3.87
        fixture.store(days("CITY", "CITY", d("2019-05-01"), d("2019-05-31"), row -> { }));
        given().queryParam("period", "2019-05").get("/api/air/statistics/city")
                .then().statusCode(200)
                .body("scope", equalTo("CITY"))
                .body("from", equalTo("2019-05-01")).body("to", equalTo("2019-05-31"))
                .body("calendarDays", equalTo(31))
                .body("compositeIndex.value", equalTo(3.87f))
                .body("compositeIndex.largestSubIndex", contains("o3"))
                .body("compositeIndex.subIndexes.find { it.pollutant == 'so2' }.subIndex", equalTo(0.167f))
                .body("compositeIndex.subIndexes.find { it.pollutant == 'pm10' }.subIndex", equalTo(0.857f))
                .body("compositeIndex.subIndexes.find { it.pollutant == 'co' }.statistic", equalTo("DAILY_PERCENTILE"))
                .body("compositeIndex.subIndexes.find { it.pollutant == 'co' }.denominator", equalTo(4))
                .body("compositeIndex.lastYear", nullValue())
                .body("compositeIndex.improvementPercent", nullValue())
                .body("completenessMet", equalTo(true))
                .body("pollutants.find { it.pollutant == 'pm25' }.completeness.months[0].requiredDays", equalTo(27))
                .body("aqiDays.goodDayRatio.value", equalTo(100.0f))
                .body("aqiDays.primaryPollutantDays.find { it.pollutant == 'pm10' }.days.value", equalTo(31));
    }

    @Test
    void percentilesFollowHj663AndRoundHalfEvenOnlyForPublication() {
        // O3 {3,4,8,2,5,4}: sorted 2,3,4,4,5,8, k = 1 + 5·0.9 = 5.5 → 5 + (8 − 5)·0.5 = 6.5, published as 6 (half even);
        // PM2.5 mean (2+3+4+4+5+8)/6 = 26/6 = 4.33 → 4; its P95: k = 5.75 → 5 + 3·0.75 = 7.25 → 7
        String[] series = {"3", "4", "8", "2", "5", "4"};
        List<StatisticsDailyValueEntity> rows = days("STATION", "PCT-1", d("2019-06-01"), d("2019-06-06"), row -> { });
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).o38h = new BigDecimal(series[i]);
            rows.get(i).pm25 = new BigDecimal(series[i]);
        }
        fixture.store(rows);
        given().queryParam("from", "2019-06-01").queryParam("to", "2019-06-06").get("/api/air/statistics/stations/PCT-1")
                .then().statusCode(200)
                .body("pollutants.find { it.pollutant == 'o3' }.percentileRank", equalTo(90))
                .body("pollutants.find { it.pollutant == 'o3' }.percentile.value", equalTo(6))
                .body("pollutants.find { it.pollutant == 'pm25' }.percentileRank", equalTo(95))
                .body("pollutants.find { it.pollutant == 'pm25' }.percentile.value", equalTo(7))
                .body("pollutants.find { it.pollutant == 'pm25' }.mean.value", equalTo(4))
                .body("pollutants.find { it.pollutant == 'so2' }.percentileRank", equalTo(98))
                // six days of a month: no GB 3095 minimum applies to part of a month
                .body("pollutants.find { it.pollutant == 'pm25' }.completeness.status", equalTo("NO_MINIMUM_FOR_PERIOD"));
    }

    @Test
    void yearOnYearAsTheReportStatesIt() {
        // 2021 PM2.5 22 every day, 2022 20: (22 − 20)/22 = 9.09 % → 9.1 % better, as the seed report says;
        // 2021 good days 300 of 365 (82.2 %), 2022 330 of 365 (90.4 %): +8.2 points (from the published 82.2 and 90.4)
        fixture.store(days("STATION", "YOY-1", d("2021-01-01"), d("2021-12-31"), row -> {
            row.pm25 = new BigDecimal("22");
            if (row.day.getDayOfYear() > 300) {
                row.aqi = 120;
                row.aqiLevel = 3;
            }
        }));
        fixture.store(days("STATION", "YOY-1", d("2022-01-01"), d("2022-12-31"), row -> {
            row.pm25 = new BigDecimal("20");
            if (row.day.getDayOfYear() > 330) {
                row.aqi = 220;
                row.aqiLevel = 5;
            }
        }));
        given().queryParam("period", "2022").get("/api/air/statistics/stations/YOY-1")
                .then().statusCode(200)
                .body("lastYearFrom", equalTo("2021-01-01")).body("lastYearTo", equalTo("2021-12-31"))
                .body("pollutants.find { it.pollutant == 'pm25' }.mean.value", equalTo(20))
                .body("pollutants.find { it.pollutant == 'pm25' }.mean.lastYear", equalTo(22))
                .body("pollutants.find { it.pollutant == 'pm25' }.mean.improvementPercent", equalTo(9.1f))
                .body("aqiDays.goodDayRatio.value", equalTo(90.4f))
                .body("aqiDays.goodDayRatio.lastYear", equalTo(82.2f))
                .body("aqiDays.goodDayRatio.changePoints", equalTo(8.2f))
                .body("aqiDays.heavilyPollutedDays.value", equalTo(35))
                .body("aqiDays.heavilyPollutedDays.lastYear", equalTo(0))
                .body("aqiDays.heavilyPollutedDays.change", equalTo(35))
                .body("aqiDays.daysByLevel.find { it.level == 3 }.days.lastYear", equalTo(65))
                // the index fell from 0.1667+0.75+0.8571+22/35+0.3+0.9375 = 3.6399 to 3.5827: 3.64 → 3.58 is 1.6 % better
                .body("compositeIndex.value", equalTo(3.58f))
                .body("compositeIndex.lastYear", equalTo(3.64f))
                .body("compositeIndex.improvementPercent", equalTo(1.6f));
    }

    @Test
    void leapFebruaryComparesWithAllOfTheYearBefore() {
        // February 2025 (28 days) against all 29 days of February 2024; 25 valid days meet February's minimum
        fixture.store(days("TOWN", "闰年镇", d("2024-02-01"), d("2024-02-29"), row -> row.pm25 = new BigDecimal("40")));
        fixture.store(days("TOWN", "闰年镇", d("2025-02-01"), d("2025-02-25"), row -> row.pm25 = new BigDecimal("30")));
        given().queryParam("period", "2025-02").get("/api/air/statistics/towns/闰年镇")
                .then().statusCode(200)
                .body("town", equalTo("闰年镇"))
                .body("calendarDays", equalTo(28))
                .body("lastYearFrom", equalTo("2024-02-01")).body("lastYearTo", equalTo("2024-02-29"))
                .body("pollutants.find { it.pollutant == 'pm25' }.completeness.validDays", equalTo(25))
                .body("pollutants.find { it.pollutant == 'pm25' }.completeness.months[0].requiredDays", equalTo(25))
                .body("completenessMet", equalTo(true))
                .body("aqiDays.validAqiDays.lastYear", equalTo(29))
                .body("pollutants.find { it.pollutant == 'pm25' }.mean.improvementPercent", equalTo(25.0f));
        given().queryParam("period", "2024").get("/api/air/statistics/towns/闰年镇")
                .then().statusCode(200).body("calendarDays", equalTo(366));
    }

    @Test
    void anIncompleteYearIsAssessedAndFlagged() {
        // 323 valid PM2.5 days in 2018, one short of the 324 GB 3095 asks for (and December thin): flagged, not hidden
        fixture.store(days("STATION", "GAP-1", d("2018-01-01"), d("2018-12-31"), row -> {
            if (row.day.getDayOfYear() > 323) {
                row.pm25 = null;
            }
        }));
        given().queryParam("period", "2018").get("/api/air/statistics/stations/GAP-1")
                .then().statusCode(200)
                .body("completenessMet", equalTo(false))
                .body("pollutants.find { it.pollutant == 'pm25' }.completeness.validDays", equalTo(323))
                .body("pollutants.find { it.pollutant == 'pm25' }.completeness.requiredDaysForYear", equalTo(324))
                .body("pollutants.find { it.pollutant == 'pm25' }.completeness.status", equalTo("BELOW_MINIMUM"))
                .body("pollutants.find { it.pollutant == 'pm25' }.completeness.months[11].status", equalTo("BELOW_MINIMUM"))
                .body("pollutants.find { it.pollutant == 'so2' }.completeness.status", equalTo("MEETS_MINIMUM"))
                .body("pollutants.find { it.pollutant == 'pm25' }.mean.value", equalTo(30))
                .body("compositeIndex.value", equalTo(3.87f));
    }

    @Test
    void stationsAndTownsRankBestFirstWithTiesAndPages() {
        station("RK-A", "排名镇甲", true);
        station("RK-B", "排名镇甲", true);
        station("RK-C", "排名镇乙", true);
        station("RK-MICRO", "排名镇乙", false);
        List<StatisticsDailyValueEntity> rows = new ArrayList<>();
        rows.addAll(days("STATION", "RK-A", d("2017-03-01"), d("2017-03-31"), r -> r.pm25 = new BigDecimal("35")));
        rows.addAll(days("STATION", "RK-B", d("2017-03-01"), d("2017-03-31"), r -> r.pm25 = new BigDecimal("20")));
        rows.addAll(days("STATION", "RK-C", d("2017-03-01"), d("2017-03-31"), r -> r.pm25 = new BigDecimal("20.4")));
        rows.addAll(days("STATION", "RK-MICRO", d("2017-03-01"), d("2017-03-31"), r -> r.pm25 = new BigDecimal("5")));
        rows.addAll(days("TOWN", "排名镇甲", d("2017-03-01"), d("2017-03-31"), r -> r.pm25 = new BigDecimal("27.5")));
        rows.addAll(days("TOWN", "排名镇乙", d("2017-03-01"), d("2017-03-31"), r -> r.pm25 = new BigDecimal("20.2")));
        fixture.store(rows);

        // RK-B 20 and RK-C 20.4 both publish as 20: a tie at rank 1; RK-A third; the micro station is not assessed
        given().queryParam("period", "2017-03").queryParam("by", "PM25").get("/api/air/statistics/rankings/stations")
                .then().statusCode(200)
                .body("items.stationId", contains("RK-B", "RK-C", "RK-A"))
                .body("items.rank", contains(1, 1, 3))
                .body("items[0].town", equalTo("排名镇甲"))
                .body("items[2].pm25Mean", equalTo(35));
        // by composite index RK-C (20.4/35) is behind RK-B (20/35): 3.44 vs 3.45
        String cursor = given().queryParam("period", "2017-03").queryParam("limit", 2)
                .queryParam("assessedOnly", false).get("/api/air/statistics/rankings/stations")
                .then().statusCode(200)
                .body("items.stationId", contains("RK-MICRO", "RK-B"))
                .body("items.rank", contains(1, 2))
                .extract().path("nextCursor");
        given().queryParam("period", "2017-03").queryParam("limit", 2).queryParam("assessedOnly", false)
                .queryParam("cursor", cursor).get("/api/air/statistics/rankings/stations")
                .then().statusCode(200)
                .body("items.stationId", contains("RK-C", "RK-A"))
                .body("items.rank", contains(3, 4))
                .body("nextCursor", nullValue());
        given().queryParam("period", "2017-03").get("/api/air/statistics/rankings/towns")
                .then().statusCode(200)
                .body("items.town", contains("排名镇乙", "排名镇甲"))
                .body("items.rank", contains(1, 2));
    }

    @Test
    void badPeriodsAndUnknownScopesAreProblems() {
        given().queryParam("period", "2022-13").get("/api/air/statistics/city")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"));
        given().get("/api/air/statistics/city")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("from", "2022-05-02").queryParam("to", "2022-05-01").get("/api/air/statistics/city")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("period", "2022").queryParam("by", "SO2").get("/api/air/statistics/rankings/towns")
                .then().statusCode(400).body("errors[0].field", equalTo("by"));
        given().queryParam("period", "2022").get("/api/air/statistics/stations/NO-SUCH-STATION")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("period", "2022").get("/api/air/statistics/towns/无此镇")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
