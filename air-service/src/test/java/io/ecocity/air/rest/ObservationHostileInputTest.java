package io.ecocity.air.rest;

import static io.ecocity.air.rest.AirTestData.hour;
import static io.ecocity.air.rest.AirTestData.item;
import static io.ecocity.air.rest.AirTestData.post;
import static io.ecocity.air.rest.AirTestData.station;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Absurd observation bodies over HTTP into H2 with the real broker; nothing is stubbed. Never a 5xx, nothing stored. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ObservationHostileInputTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);
    private static boolean registered;

    @BeforeEach
    void station() {
        if (!registered) {
            AirTestData.station("OB-HOSTILE", "莞城", "NATIONAL", false);
            registered = true;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e999999999", "1e-999999999", "1e30", "NaN", "Infinity", "-Infinity",
            "\"NaN\"", "\"1e999999999\"", "[1]", "{\"v\":1}", "true", "0.000000000000000000001"})
    void anAbsurdConcentrationIsA400NamingItsFieldAndNothingIsStored(String value) {
        post("[" + item("OB-HOSTILE", hour(DAY, 1), "\"pm25\":" + value) + "]")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].index", equalTo(0)).body("errors[0].field", equalTo("pm25"))
                .body("errors[0].message", not(containsString("java")));
        given().get("/api/air/observations/OB-HOSTILE/" + hour(DAY, 1)).then().statusCode(404);
    }

    @Test
    void minusZeroIsZero() {
        post("[" + item("OB-HOSTILE", hour(DAY, 2), "\"pm25\":-0,\"pm10\":-0.0") + "]").statusCode(200);
        given().get("/api/air/observations/OB-HOSTILE/" + hour(DAY, 2)).then().statusCode(200)
                .body("pm25", equalTo(0)).body("pm10", equalTo(0));
    }

    @Test
    void theReaderRefusesDeepNestingLongLiteralsLongStringsAndFieldsGivenTwice() {
        post("[".repeat(100) + "]".repeat(100)).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        post("[" + item("OB-HOSTILE", hour(DAY, 3), "\"pm25\":1" + "0".repeat(200)) + "]").statusCode(400)
                .contentType("application/problem+json");
        post("[" + item("x".repeat(1_100_000), hour(DAY, 3), "\"pm25\":1") + "]").statusCode(400)
                .contentType("application/problem+json");
        post("[" + item("OB-HOSTILE", hour(DAY, 3), "\"pm25\":1,\"pm25\":2") + "]").statusCode(400)
                .contentType("application/problem+json").body("errors[0].message", containsString("pm25"));
        post("[" + item("OB-HOSTILE\u0000\u001f", hour(DAY, 3), "\"pm25\":1") + "]").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        post("[" + item("OB-HOSTILE\\u0000\\u001f", hour(DAY, 3), "\"pm25\":1") + "]").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("stationId"));
        given().get("/api/air/observations/OB-HOSTILE/" + hour(DAY, 3)).then().statusCode(404);
    }

    @Test
    void aBodyAboveTheHttpLimitIs413AndOneAboveTheBatchLimitIs400() {
        org.junit.jupiter.api.Assertions.assertEquals(413, HttpLimits.statusOfDeclaredBody("/api/air/observations",
                17L * 1024 * 1024));
        org.junit.jupiter.api.Assertions.assertEquals(431, HttpLimits.statusOf("GET /api/air/stations HTTP/1.1\r\n"
                + "Host: localhost\r\nX-Padding: " + "x".repeat(17 * 1024) + "\r\n\r\n"));
        org.junit.jupiter.api.Assertions.assertEquals(414, HttpLimits.statusOf("GET /api/air/stations?q="
                + "x".repeat(9 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 10_001; i++) {
            batch.append(i == 0 ? "" : ",").append("{}");
        }
        post(batch.append("]").toString()).statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", containsString("at most 10000"));
    }
}
