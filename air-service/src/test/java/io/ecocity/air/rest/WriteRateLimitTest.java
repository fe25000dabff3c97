package io.ecocity.air.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.security.Roles;
import io.ecocity.support.testing.SecuredProfile;
import io.ecocity.support.testing.TestCallers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-client write limits as in prod, with a budget of 3 writes a minute so that the test reaches it. */
@QuarkusTest
@TestProfile(WriteRateLimitTest.ThreeWritesAMinute.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class WriteRateLimitTest {

    public static class ThreeWritesAMinute extends SecuredProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("ecocity.security.rate-limit.enabled", "true");
            config.put("ecocity.security.rate-limit.writes-per-minute", "3");
            return config;
        }
    }

    @Test
    void aClientOverItsBudgetIsRefusedWith429AndNothingOfItIsStored() {
        String logger = TestCallers.bearer(TestCallers.token(Roles.INGEST_AIR));
        given().header("Authorization", TestCallers.bearer(TestCallers.token(Roles.ADMIN)))
                .contentType(ContentType.JSON).body("""
                        {"stationId":"RL-01","name":"限流站","town":"南城街道","latitude":23.02,"longitude":113.75,
                         "kind":"NATIONAL","assessed":true}""")
                .post("/api/air/stations").then().statusCode(201);

        for (int hour = 1; hour <= 3; hour++) {
            given().header("Authorization", logger).contentType(ContentType.JSON)
                    .body("[" + AirTestData.item("RL-01", AirTestData.hour(java.time.LocalDate.of(2025, 5, 1), hour),
                            "\"pm25\":20") + "]")
                    .post("/api/air/observations")
                    .then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(3 - hour));
        }
        String fourth = AirTestData.hour(java.time.LocalDate.of(2025, 5, 1), 4);
        given().header("Authorization", logger).contentType(ContentType.JSON)
                .body("[" + AirTestData.item("RL-01", fourth, "\"pm25\":20") + "]")
                .post("/api/air/observations")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", "20")
                .header("RateLimit-Remaining", "0")
                .body("status", equalTo(429));
        given().get("/api/air/observations/RL-01/" + fourth).then().statusCode(404);

        // another client has its own budget, and reads are not limited
        given().header("X-API-Key", TestCallers.townApiKey(Roles.INGEST_AIR)).contentType(ContentType.JSON)
                .body("[" + AirTestData.item("RL-01", fourth, "\"pm25\":20") + "]")
                .post("/api/air/observations").then().statusCode(200);
        for (int i = 0; i < 10; i++) {
            given().get("/api/air/stations/RL-01").then().statusCode(200);
        }
    }
}
