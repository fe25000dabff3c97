package io.ecocity.logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.security.Roles;
import io.ecocity.support.testing.SecuredProfile;
import io.ecocity.support.testing.TestCallers;
import io.ecocity.support.testing.WriteSecurityContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * logger-gateway with its security on, as in production: registering and removing a data logger is the bureau's
 * configuration (admin); the device list stays readable; the loggers themselves authenticate on the HJ 212 link by
 * their MN and PW, not over HTTP.
 */
@QuarkusTest
@TestProfile(SecuredProfile.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class LoggerSecurityTest {

    private static final String ADMIN = TestCallers.bearer(TestCallers.token(Roles.ADMIN));

    @Test
    void everyWriteOfTheDocumentAsksForItsRole() throws Exception {
        WriteSecurityContract.Outcome outcome = WriteSecurityContract.run(Set.of());

        assertThat(outcome.violations()).isEmpty();
        // register a device, remove a device
        assertThat(outcome.operations()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyAnAdministratorRegistersAndRemovesALogger() {
        String body = "{\"mn\":\"SEC-MN-1\",\"kind\":\"AIR\",\"targetId\":\"SEC-ST-1\",\"password\":\"123456\"}";
        given().contentType(ContentType.JSON).body(body).post("/api/loggers/devices")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestCallers.bearer(TestCallers.token(Roles.INGEST_AIR)))
                .contentType(ContentType.JSON).body(body).post("/api/loggers/devices")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/loggers/devices/SEC-MN-1").then().statusCode(404);

        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body).post("/api/loggers/devices")
                .then().statusCode(201);
        given().header("X-API-Key", TestCallers.apiKey(Roles.ADMIN)).contentType(ContentType.JSON).body(body)
                .post("/api/loggers/devices")
                .then().statusCode(200);

        given().delete("/api/loggers/devices/SEC-MN-1").then().statusCode(401);
        given().header("Authorization", ADMIN).delete("/api/loggers/devices/SEC-MN-1").then().statusCode(204);
    }

    @Test
    void theDeviceListStaysReadable() {
        given().get("/api/loggers/devices").then().statusCode(200);
    }
}
