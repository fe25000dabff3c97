package io.ecocity.air.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The AQI calculation endpoint over HTTP with the real calculator and standards tables; nothing is stubbed. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class AqiCalculationResourceTest {

    private static io.restassured.response.ValidatableResponse calculate(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/air/aqi/calculate").then();
    }

    @Test
    void aDailyReportOf2012WithTiedPrimaryPollutantsAndExceedance() {
        // PM2.5 115 and PM10 250 are both IAQI 150: both are primary; both exceed 100 (2012 only).
        calculate("""
                {"kind":"daily","edition":"HJ633_2012","concentrations":{"PM25_24H":115,"PM10_24H":250,"SO2_24H":10}}""")
                .statusCode(200)
                .body("edition", equalTo("HJ633_2012"))
                .body("aqi", equalTo(150)).body("level", equalTo(3)).body("category", equalTo("轻度污染"))
                .body("colour", equalTo("#FF7E00"))
                .body("primaryPollutants", containsInAnyOrder("pm10", "pm25"))
                .body("exceedancePollutants", containsInAnyOrder("pm10", "pm25"))
                .body("missingIndicators", hasSize(4));
    }

    @Test
    void theDateChoosesTheEditionAnd2026RoundsHalfEvenAndWithholdsWithMissingData() {
        calculate("""
                {"kind":"hourly","date":"2026-03-01","concentrations":{"PM25_24H":35.5,"SO2_1H":10,"NO2_1H":10,
                 "PM10_24H":10,"CO_1H":0.25,"O3_1H":10}}""")
                .statusCode(200)
                .body("edition", equalTo("HJ633_2026"))
                .body("indicators.find { it.indicator == 'PM25_24H' }.concentrationUsed", equalTo(36))
                .body("indicators.find { it.indicator == 'CO_1H' }.concentrationUsed", equalTo(0.2f))
                .body("aqi", equalTo(52)).body("primaryPollutants", contains("pm25"));
        calculate("""
                {"kind":"hourly","date":"2026-03-01","concentrations":{"PM25_24H":35.5}}""")
                .statusCode(200).body("aqi", nullValue()).body("aqiWithheld", equalTo(true))
                .body("aqiFromAvailableIndicators", equalTo(52));
    }

    @Test
    void aboveTheTableIsCappedAndFlagged() {
        calculate("""
                {"kind":"daily","edition":"HJ633_2026","concentrations":{"PM25_24H":620}}""")
                .statusCode(200).body("aqi", equalTo(500)).body("capped", equalTo(true));
    }

    @Test
    void unknownOrForeignIndicatorsAndBadKindsAreNamed() {
        calculate("""
                {"kind":"weekly","concentrations":{"PM1":3}}""")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("kind", "concentrations.PM1"));
        calculate("""
                {"kind":"daily","edition":"HJ633_2026","concentrations":{"O3_1H":100,"PM25_24H":-1}}""")
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("concentrations.O3_1H", "concentrations.PM25_24H"));
    }
}
