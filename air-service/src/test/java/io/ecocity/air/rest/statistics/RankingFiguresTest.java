package io.ecocity.air.rest.statistics;

import static io.ecocity.air.repository.statistics.DailyValueFixture.days;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecocity.air.repository.statistics.DailyValueFixture;
import io.ecocity.air.repository.statistics.RankingFiguresEntity;
import io.ecocity.air.repository.statistics.StatisticsDailyValueEntity;
import io.ecocity.air.service.statistics.StatisticsScope;
import io.ecocity.air.service.statistics.StatisticsService;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A calendar year's ranking reads the figures the statistics published per scope, and assesses again only a scope
 * whose daily values moved since. Daily values written into the test database, the real broker; nothing stubbed.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class RankingFiguresTest {

    private static final String[] STATIONS = {"RF-1", "RF-2", "RF-3", "RF-4"};

    @Inject
    DailyValueFixture fixture;

    @Inject
    StatisticsService statistics;

    @Inject
    EntityManager entityManager;

    private static String ranking(String period) {
        return given().queryParam("period", period).queryParam("assessedOnly", false).queryParam("limit", 1000)
                .get("/api/air/statistics/rankings/stations").then().statusCode(200).extract().asString();
    }

    private static io.restassured.response.ValidatableResponse rankingOfTheTest() {
        return given().queryParam("period", "2013").queryParam("assessedOnly", false)
                .get("/api/air/statistics/rankings/stations").then().statusCode(200);
    }

    @Test
    void aYearsRankingReadsThePublishedFiguresAndReassessesOnlyWhatMoved() {
        List<StatisticsDailyValueEntity> rows = new ArrayList<>();
        for (int i = 0; i < STATIONS.length; i++) {
            BigDecimal pm25 = new BigDecimal(20 + 7 * i);
            rows.addAll(days("STATION", STATIONS[i], LocalDate.of(2013, 1, 1), LocalDate.of(2013, 3, 31),
                    r -> r.pm25 = pm25));
        }
        fixture.store(rows);
        String assessed = ranking("2013");

        for (String station : STATIONS) {
            QuarkusTransaction.requiringNew().run(() ->
                    statistics.publishRankingFigures(StatisticsScope.station(station), 2013));
        }
        assertEquals(assessed, ranking("2013"), "the published figures are those the assessment gives");

        // a figure changed behind the statistics' back shows: the ranking reads what was published
        QuarkusTransaction.requiringNew().run(() -> entityManager.find(RankingFiguresEntity.class,
                RankingFiguresEntity.key("STATION", "RF-1", 2013)).compositeIndex = new BigDecimal("9.99"));
        rankingOfTheTest().body("items.stationId", contains("RF-2", "RF-3", "RF-4", "RF-1"))
                .body("items.find { it.stationId == 'RF-1' }.compositeIndex", equalTo(9.99f));
        // any other period assesses the days
        given().queryParam("period", "2013-Q1").queryParam("assessedOnly", false)
                .get("/api/air/statistics/rankings/stations").then().statusCode(200)
                .body("items.stationId", contains("RF-1", "RF-2", "RF-3", "RF-4"));

        // a day more for RF-1: its published figures no longer match its daily values, so it is assessed again
        fixture.store(days("STATION", "RF-1", LocalDate.of(2013, 4, 1), LocalDate.of(2013, 4, 1), r -> { }));
        rankingOfTheTest().body("items.stationId", contains("RF-1", "RF-2", "RF-3", "RF-4"))
                .body("items.find { it.stationId == 'RF-1' }.validAqiDays", equalTo(91));
    }
}
