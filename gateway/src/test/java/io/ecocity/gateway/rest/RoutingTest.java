package io.ecocity.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventType;
import io.ecocity.events.water.WaterSection;
import io.ecocity.gateway.support.CityEvents;
import io.ecocity.gateway.support.Downstream;
import io.ecocity.gateway.support.DownstreamServicesTestResource;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The routes /api/air|water|waste/** against HTTP stubs standing for the domain services (waste-service is a closed
 * port); the gateway, its H2 view and the Kafka broker (in the test JVM) are real.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(DownstreamServicesTestResource.class)
class RoutingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = DownstreamServicesTestResource.CONTROL_URL)
    String controlUrl;

    @Inject
    ObjectMapper json;

    private static String token() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aReadIsPassedThroughWithItsPathQueryAndHeaders() {
        given().header("X-Test-Header", "dashboard-7").queryParam("limit", 5).queryParam("town", "虎门")
                .get("/api/air/echo/stations").then()
                .statusCode(200)
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/air/echo/stations"))
                .body("query", equalTo("limit=5&town=%E8%99%8E%E9%97%A8"))
                .body("testHeader", equalTo("dashboard-7"))
                .body("forwardedHost", notNullValue());
    }

    @Test
    void whereACallComesFromIsStatedByTheGatewayNotByTheCaller() {
        given().header("X-Forwarded-For", "203.0.113.66").header("Forwarded", "for=203.0.113.66")
                .header("X-Forwarded-Host", "intranet.example").header("Connection", "X-Hop")
                .header("X-Hop", "for this hop only").header("X-Test-Header", "kept")
                .get("/api/air/echo/stations").then()
                .statusCode(200)
                .body("forwardedFor", equalTo("127.0.0.1"))
                .body("forwarded", equalTo(""))
                .body("forwardedHost", not(equalTo("intranet.example")))
                .body("hop", equalTo(""))
                .body("testHeader", equalTo("kept"));
    }

    @Test
    void theDashboardMayNotBeFramedByAnotherSite() {
        given().get("/").then()
                .statusCode(200)
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aWriteIsPassedThroughAndItsLocationPointsAtTheGateway() {
        Response created = given().contentType("application/json").body("{\"stationId\":\"RT-1\"}")
                .post("/api/air/echo/stations");
        created.then().statusCode(201).body("method", equalTo("POST")).body("body.stationId", equalTo("RT-1"))
                .body("contentType", startsWith("application/json"));
        String location = created.header("Location");
        assertEquals("http://localhost:" + RestAssured.port + "/api/air/echo/stations/created-1", location);
    }

    @Test
    void aFailedReadIsTriedAgainButAFailedWriteIsNot() {
        Downstream stubs = new Downstream(controlUrl);
        String read = token();
        given().get("/api/air/flaky/" + read + "?failures=1&status=503").then().statusCode(200)
                .body("attempt", equalTo(2));
        assertEquals(2, stubs.requestsFor(read));

        String write = token();
        given().contentType("application/json").body("{}").post("/api/air/flaky/" + write + "?failures=1&status=503")
                .then().statusCode(503).contentType("application/json").body("failure", equalTo(1));
        assertEquals(1, stubs.requestsFor(write), "a write that may have been applied is never sent twice");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeGives504AfterTheRetriesOfARead() {
        Downstream stubs = new Downstream(controlUrl);
        String slow = token();
        long started = System.nanoTime();
        given().get("/api/air/slow/" + slow + "?ms=8000").then().statusCode(504)
                .contentType("application/problem+json")
                .body("domain", equalTo("air"))
                .body("status", equalTo(504));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(3, stubs.requestsFor(slow), "one attempt and two retries");
        assertTrue(tookMillis < 8_000, "each attempt is cut at the timeout, not after 8 s; took " + tookMillis + " ms");
        // leave air-service as the other tests expect it: answering, circuit closed
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                given().get("/api/air/echo/again").then().statusCode(200));
    }

    @Test
    void aStoppedServiceGives503NamingItWhileTheOverviewAnswersWithTheDomainStale() {
        CityEvents events = new CityEvents(bootstrapServers, json);
        Downstream stubs = new Downstream(controlUrl);
        events.send(EventType.WATER_SECTION_REGISTERED, "RT-W1", new WaterSection("RT-W1", "路由测试断面", "东江",
                "RIVER", "PROVINCIAL", "石龙", "III", new BigDecimal("23.1"), new BigDecimal("113.8"), true, 1,
                OffsetDateTime.parse("2026-11-01T09:00:00+08:00")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/api/city/overview").then()
                .body("water.sections.sectionId", hasItem("RT-W1"))
                .body("water.freshness.stale", equalTo(false)));

        stubs.stopWater();
        try {
            given().get("/api/water/sections").then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("domain", equalTo("water"))
                    .body("title", equalTo("water service unavailable"))
                    .body("instance", equalTo("/api/water/sections"));
            given().get("/api/city/overview").then().statusCode(200)
                    .body("water.freshness.stale", equalTo(true))
                    .body("water.freshness.staleReasons", hasItem("SERVICE_UNREACHABLE"))
                    .body("water.freshness.service.reachable", equalTo(false))
                    .body("water.sections.sectionId", hasItem("RT-W1"))
                    .body("air.freshness.staleReasons", not(hasItem("SERVICE_UNREACHABLE")));
        } finally {
            stubs.startWater();
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            given().get("/api/water/echo/back").then().statusCode(200);
            given().get("/api/city/overview").then().body("water.freshness.stale", equalTo(false));
        });
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndATrialCallClosesItAgain() {
        Downstream stubs = new Downstream(controlUrl);
        String failing = token();
        for (int i = 0; i < 4; i++) {
            // a 503 of the service is its fault: passed through (a write is not retried) and counted by the breaker
            given().contentType("application/json").body("{}").post("/api/water/flaky/" + failing
                    + "?failures=100&status=503").then().statusCode(503).body("failure", equalTo(i + 1));
        }
        given().contentType("application/json").body("{}").post("/api/water/flaky/" + failing
                + "?failures=100&status=503").then().statusCode(503)
                .contentType("application/problem+json")
                .body("domain", equalTo("water"))
                .body("retryAfterSeconds", notNullValue())
                .header("Retry-After", notNullValue());
        assertEquals(4, stubs.requestsFor(failing), "an open circuit does not call the service");
        given().get("/api/city/overview").then().statusCode(200)
                .body("water.freshness.service.circuit", equalTo("OPEN"));

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get("/api/water/echo/after-trial").then().statusCode(200));
        given().get("/api/city/overview").then().body("water.freshness.service.circuit", equalTo("CLOSED"));
    }

    @Test
    void answersThatACallerCausedNeverOpenTheCircuitForOthers() {
        Downstream stubs = new Downstream(controlUrl);
        String serverError = token();
        String badRequest = token();
        for (int i = 0; i < 5; i++) {
            // one caller's request that the service answers with 500 or 400: passed through, not retried, not counted
            given().get("/api/water/flaky/" + serverError + "?failures=100&status=500").then().statusCode(500);
            given().get("/api/water/flaky/" + badRequest + "?failures=100&status=400").then().statusCode(400);
        }
        assertEquals(5, stubs.requestsFor(serverError), "a 500 is not retried");
        assertEquals(5, stubs.requestsFor(badRequest), "a 400 is not retried");
        given().get("/api/water/echo/another-caller").then().statusCode(200).body("path",
                equalTo("/api/water/echo/another-caller"));
        given().get("/api/city/overview").then().statusCode(200)
                .body("water.freshness.service.circuit", equalTo("CLOSED"));
    }

    @Test
    void theGatewayIsReadyWhileAServiceIsDown() {
        given().get("/api/waste/manifests").then().statusCode(503).contentType("application/problem+json")
                .body("domain", equalTo("waste"));
        given().get("/q/health/ready").then().statusCode(200);
        await().atMost(Duration.ofSeconds(6)).untilAsserted(() -> given().get("/api/city/overview").then()
                .statusCode(200).body("waste.freshness.stale", equalTo(true))
                .body("waste.freshness.staleReasons", hasItem("SERVICE_UNREACHABLE")));
    }
}
