package io.ecocity.air.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.security.Roles;
import io.ecocity.support.testing.SecuredProfile;
import io.ecocity.support.testing.TestCallers;
import io.ecocity.support.testing.WriteSecurityContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** air-service with its security on, as in production: who may write what, on every write of its document. */
@QuarkusTest
@TestProfile(SecuredProfile.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class AirSecurityTest {

    private static final String ADMIN = TestCallers.bearer(TestCallers.token(Roles.ADMIN));
    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);

    @Test
    void everyWriteOfTheDocumentAsksForItsRole() throws Exception {
        WriteSecurityContract.Outcome outcome = WriteSecurityContract.run(Set.of("POST /api/air/aqi/calculate"));

        assertThat(outcome.violations()).isEmpty();
        // stations (register, update), observations, city and town targets, dead-letter redrive
        assertThat(outcome.operations()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aTownSystemWritesOnlyForTheStationsOfItsOwnTown() {
        register("SEC-OWN", TestCallers.TOWN);
        register("SEC-OTHER", "虎门镇");
        String town = TestCallers.bearer(TestCallers.townToken(TestCallers.TOWN, Roles.INGEST_AIR));

        given().header("Authorization", town).contentType(ContentType.JSON)
                .body("[" + AirTestData.item("SEC-OWN", AirTestData.hour(DAY, 1), "\"pm25\":30") + ","
                        + AirTestData.item("SEC-OTHER", AirTestData.hour(DAY, 1), "\"pm25\":31") + "]")
                .post("/api/air/observations")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("SEC-OTHER"));
        given().get("/api/air/observations/SEC-OWN/" + AirTestData.hour(DAY, 1)).then().statusCode(404);

        given().header("Authorization", town).contentType(ContentType.JSON)
                .body("[" + AirTestData.item("SEC-OWN", AirTestData.hour(DAY, 1), "\"pm25\":30") + "]")
                .post("/api/air/observations")
                .then().statusCode(200);
        given().header("X-API-Key", TestCallers.townApiKey(Roles.INGEST_AIR)).contentType(ContentType.JSON)
                .body("[" + AirTestData.item("SEC-OTHER", AirTestData.hour(DAY, 2), "\"pm25\":30") + "]")
                .post("/api/air/observations")
                .then().statusCode(403);
        given().header("X-API-Key", TestCallers.apiKey(Roles.INGEST_AIR)).contentType(ContentType.JSON)
                .body("[" + AirTestData.item("SEC-OTHER", AirTestData.hour(DAY, 2), "\"pm25\":30") + "]")
                .post("/api/air/observations")
                .then().statusCode(200);

        given().get("/api/air/observations/SEC-OWN/" + AirTestData.hour(DAY, 1)).then().statusCode(200);
        given().get("/api/air/observations/SEC-OTHER/" + AirTestData.hour(DAY, 2)).then().statusCode(200);
    }

    @Test
    void anIngestTokenCannotConfigureStations() {
        given().header("Authorization", TestCallers.bearer(TestCallers.token(Roles.INGEST_AIR)))
                .contentType(ContentType.JSON).body(station("SEC-NOPE", TestCallers.TOWN))
                .post("/api/air/stations")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/air/stations/SEC-NOPE").then().statusCode(404);
    }

    @Test
    void readsAndTheAqiCalculatorStayOpen() {
        given().get("/api/air/stations").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"kind\":\"daily\",\"edition\":\"HJ633_2012\",\"concentrations\":{\"PM25_24H\":115}}")
                .post("/api/air/aqi/calculate")
                .then().statusCode(200);
    }

    private static void register(String id, String town) {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(station(id, town))
                .post("/api/air/stations")
                .then().statusCode(201);
    }

    private static String station(String id, String town) {
        return """
                {"stationId":"%s","name":"测试站 %s","town":"%s","latitude":23.02,"longitude":113.75,
                 "kind":"NATIONAL","assessed":true}""".formatted(id, id, town);
    }
}
