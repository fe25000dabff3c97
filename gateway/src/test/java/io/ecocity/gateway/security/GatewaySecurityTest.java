package io.ecocity.gateway.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventType;
import io.ecocity.gateway.support.CityEvents;
import io.ecocity.gateway.support.DownstreamServicesTestResource;
import io.ecocity.gateway.support.Payloads;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.security.Roles;
import io.ecocity.support.testing.SecuredProfile;
import io.ecocity.support.testing.TestCallers;
import io.ecocity.support.testing.WriteSecurityContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The gateway with its security on: its own writes ask for their roles, a routed write's credentials are verified at
 * the edge before it is passed on, and the alert acknowledger is the token's subject, not the body's name.
 */
@QuarkusTest
@TestProfile(GatewaySecurityTest.SecuredGateway.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(DownstreamServicesTestResource.class)
class GatewaySecurityTest {

    /**
     * The secured profile under a name of this package: Quarkus runs the test profiles one group after the other, in
     * the order of their names, and this one must come after the restart pair (ViewBeforeRestartTest and
     * ViewAfterRestartTest compare the view across a restart, and the alert raised here would be in between).
     */
    public static class SecuredGateway extends SecuredProfile {
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Test
    void everyWriteOfTheDocumentAsksForItsRoleOrIsARoutedOne() throws Exception {
        Set<String> routed = new HashSet<>();
        for (String domain : List.of("air", "water", "waste")) {
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                routed.add(method + " /api/" + domain + "/{path}");
            }
        }
        WriteSecurityContract.Outcome outcome = WriteSecurityContract.run(routed);

        assertEquals(List.of(), outcome.violations());
        // 12 routed, the acknowledgement, the dead-letter redrive
        assertTrue(outcome.operations() >= 14, outcome.operations() + " write operations");
    }

    @Test
    void aRoutedWriteWhoseCredentialsDoNotVerifyStopsAtTheGateway() {
        for (TestCallers.Refused refused : TestCallers.refusedTokens(List.of(Roles.INGEST_AIR))) {
            given().header("Authorization", TestCallers.bearer(refused.token())).contentType("application/json")
                    .body("[]").post("/api/air/observations")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().header("X-API-Key", "no-such-key").contentType("application/json").body("[]")
                .post("/api/air/observations").then().statusCode(401);

        // a valid one, or none (the service decides: some writes are public), is passed on to the service
        int withToken = given().header("Authorization", TestCallers.bearer(TestCallers.token(Roles.INGEST_AIR)))
                .contentType("application/json").body("[]").post("/api/air/observations").statusCode();
        int without = given().contentType("application/json").body("{}").post("/api/air/aqi/calculate").statusCode();
        assertNotEquals(401, withToken);
        assertNotEquals(401, without);
    }

    @Test
    void theAcknowledgerIsTheTokensSubjectNotTheBodysName() {
        String alertId = "SEC-ACK-" + UUID.randomUUID().toString().substring(0, 8);
        new CityEvents(bootstrapServers, json).send(EventType.WATER_ALERT, alertId,
                Payloads.alert(alertId, "water", "CRITICAL", "RAISED", "沙田"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().queryParam("limit", 1000)
                .get("/api/city/alerts").then().body("items.alertId", hasItem(alertId)));

        given().contentType("application/json").body("{\"by\":\"市局值班室\"}")
                .post("/api/city/alerts/" + alertId + "/acknowledge").then().statusCode(401);
        given().header("Authorization", TestCallers.bearer(TestCallers.token(Roles.READ)))
                .contentType("application/json").body("{\"by\":\"市局值班室\"}")
                .post("/api/city/alerts/" + alertId + "/acknowledge").then().statusCode(403);
        given().queryParam("limit", 1000).get("/api/city/alerts").then()
                .body("items.find { it.alertId == '" + alertId + "' }.acknowledged", equalTo(false));

        String dutyOffice = TestCallers.token(TestCallers.claims(List.of(Roles.ALERTS_ACKNOWLEDGE)));
        given().header("Authorization", TestCallers.bearer(dutyOffice)).contentType("application/json")
                .body("{\"by\":\"someone else\"}")
                .post("/api/city/alerts/" + alertId + "/acknowledge").then().statusCode(200)
                .body("acknowledged", equalTo(true)).body("acknowledgedBy", equalTo("test-alerts-acknowledge"));
    }
}
