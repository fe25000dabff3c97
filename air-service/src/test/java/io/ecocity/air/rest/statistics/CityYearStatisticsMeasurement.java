package io.ecocity.air.rest.statistics;

import static io.restassured.RestAssured.given;

import io.ecocity.air.repository.statistics.DailyValueFixture;
import io.ecocity.air.repository.statistics.StatisticsDailyValueEntity;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Measures, does not assert: how long a year's statistics take over HTTP with a year of 50 stations, 5 towns and the
 * city in H2 (the real service, real broker, nothing stubbed). Not a *Test, so the build does not run it; run with
 * {@code mvn -B -pl air-service test -Dtest=CityYearStatisticsMeasurement -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class CityYearStatisticsMeasurement {

    private static final int STATIONS = 50;
    private static final int YEAR = 2010;

    @Inject
    DailyValueFixture fixture;

    @Test
    void measureAYearOfFiftyStations() {
        Random random = new Random(663);
        List<StatisticsDailyValueEntity> rows = new ArrayList<>();
        for (int s = 1; s <= STATIONS; s++) {
            rows.addAll(year("STATION", String.format("MEASURE-%02d", s), random));
        }
        for (int t = 1; t <= 5; t++) {
            rows.addAll(year("TOWN", "测量镇" + t, random));
        }
        rows.addAll(year("CITY", "CITY", random));
        long loadStart = System.nanoTime();
        fixture.insertAll(rows);
        System.out.printf("loaded %d daily values in %d ms%n", rows.size(), (System.nanoTime() - loadStart) / 1_000_000);

        report("city year statistic (with year on year)", "/api/air/statistics/city?period=" + YEAR, 5, 30);
        report("station ranking by composite index, 50 stations", "/api/air/statistics/rankings/stations?assessedOnly=false&period="
                + YEAR, 3, 15);
        report("one station's year statistic", "/api/air/statistics/stations/MEASURE-07?period=" + YEAR, 5, 30);
        report("town ranking by PM2.5", "/api/air/statistics/rankings/towns?by=PM25&period=" + YEAR, 3, 15);
    }

    private static void report(String what, String url, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            given().get(url).then().statusCode(200);
        }
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            given().get(url).then().statusCode(200);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("MEASURED %s: median %d ms, max %d ms over %d requests (%s)%n", what, millis[runs / 2],
                millis[runs - 1], runs, url);
    }

    private static List<StatisticsDailyValueEntity> year(String scope, String scopeId, Random random) {
        return DailyValueFixture.days(scope, scopeId, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), row -> {
            row.so2 = BigDecimal.valueOf(3 + random.nextInt(20));
            row.no2 = BigDecimal.valueOf(10 + random.nextInt(60));
            row.pm10 = BigDecimal.valueOf(20 + random.nextInt(100));
            row.pm25 = BigDecimal.valueOf(8 + random.nextInt(70));
            row.co = BigDecimal.valueOf(4 + random.nextInt(16), 1);
            row.o38h = BigDecimal.valueOf(30 + random.nextInt(200));
            row.aqi = 20 + random.nextInt(200);
            row.aqiLevel = row.aqi <= 50 ? 1 : row.aqi <= 100 ? 2 : row.aqi <= 150 ? 3 : row.aqi <= 200 ? 4 : 5;
            row.primaryPollutants = row.aqi > 50 ? "pm25" : null;
        });
    }
}
