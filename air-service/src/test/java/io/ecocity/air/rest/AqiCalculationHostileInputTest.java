package io.ecocity.air.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Absurd AQI calculation requests over HTTP with the real calculator; nothing is stubbed. Never a 5xx. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class AqiCalculationHostileInputTest {

    private static io.restassured.response.ValidatableResponse calculate(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/air/aqi/calculate").then();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e999999999", "1e-999999999", "1e30", "\"NaN\"", "\"abc\"", "[1]",
            "{\"a\":1}", "1e-41"})
    void anAbsurdConcentrationIsA400NamingItsField(String value) {
        calculate("{\"kind\":\"daily\",\"edition\":\"HJ633_2026\",\"concentrations\":{\"PM25_24H\":" + value + "}}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("concentrations.PM25_24H"))
                .body("detail", not(containsString("java"))).body("detail", not(containsString("`")))
                .body("errors[0].message", not(containsString("java")));
    }

    @Test
    void wrongTypesMissingFieldsAndNestingAreProblemsInPlainWords() {
        calculate("{\"kind\":\"daily\",\"concentrations\":[1]}").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("concentrations"))
                .body("errors[0].message", equalTo("concentrations must be a JSON object"));
        calculate("{\"concentrations\":{\"PM25_24H\":10}}").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
        calculate("{\"kind\":\"daily\",\"kind\":\"hourly\",\"concentrations\":{}}").statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("kind"));
        calculate("{\"kind\":\"daily\",\"date\":\"-999999999-01-01\",\"concentrations\":{}}").statusCode(400)
                .contentType("application/problem+json").body("detail", not(containsString("java")));
        calculate("{\"kind\":\"daily\",\"concentrations\":" + "{\"a\":".repeat(80) + "1" + "}".repeat(81))
                .statusCode(400).contentType("application/problem+json");
        calculate("{\"kind\":\"" + "x".repeat(1_100_000) + "\",\"concentrations\":{}}").statusCode(400)
                .contentType("application/problem+json");
        calculate("not json").statusCode(400).contentType("application/problem+json");
    }
}
