package io.ecocity.air.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.security.AuditTrail;
import io.ecocity.support.security.Roles;
import io.ecocity.support.testing.SecuredProfile;
import io.ecocity.support.testing.TestCallers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every write, answered or refused, is in the audit log with who, from where, what and the answer; admin reads it. */
@QuarkusTest
@TestProfile(SecuredProfile.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class AuditLogTest {

    @Inject
    AuditTrail trail;

    @Test
    void writesAcceptedAndRefusedAreLoggedAndOnlyAdminReadsTheLog() {
        long before = lastId();
        String body = """
                {"stationId":"AUDIT-01","name":"审计站","town":"南城街道","latitude":23.02,"longitude":113.75,
                 "kind":"NATIONAL","assessed":true}""";
        given().header("X-API-Key", TestCallers.apiKey(Roles.ADMIN)).contentType(ContentType.JSON).body(body)
                .post("/api/air/stations").then().statusCode(201);
        given().header("X-API-Key", TestCallers.apiKey(Roles.INGEST_AIR)).contentType(ContentType.JSON).body(body)
                .post("/api/air/stations").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/air/stations").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-token").contentType(ContentType.JSON).body(body)
                .post("/api/air/stations").then().statusCode(401);
        trail.flush();

        JsonPath page = given().header("X-API-Key", TestCallers.apiKey(Roles.ADMIN))
                .queryParam("after", before).get("/api/admin/audit").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        assertThat(items).extracting(i -> i.get("client") + " " + i.get("method") + " " + i.get("path") + " "
                        + i.get("status"))
                .containsExactly(
                        "test-admin POST /api/air/stations 201",
                        "test-ingest-air POST /api/air/stations 403",
                        "anonymous POST /api/air/stations 401",
                        "unauthenticated POST /api/air/stations 401");
        assertThat(items).allSatisfy(i -> assertThat(i.get("address")).isNotNull());

        given().header("X-API-Key", TestCallers.apiKey(Roles.READ)).get("/api/admin/audit").then().statusCode(403);
        given().get("/api/admin/audit").then().statusCode(401);
        given().header("X-API-Key", TestCallers.apiKey(Roles.ADMIN)).queryParam("limit", 0)
                .get("/api/admin/audit").then().statusCode(400);
    }

    private static long lastId() {
        long after = 0;
        while (true) {
            JsonPath page = given().header("X-API-Key", TestCallers.apiKey(Roles.ADMIN)).queryParam("after", after)
                    .queryParam("limit", 1000).get("/api/admin/audit").then().statusCode(200).extract().jsonPath();
            long next = page.getLong("nextAfter");
            if (next == after) {
                return after;
            }
            after = next;
        }
    }
}
