package io.ecocity.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.demo.load.SuiteCredentials;
import io.ecocity.events.access.AccessTokens;
import io.ecocity.events.access.AccessTokens.Claims;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole suite as a user runs it: a real Kafka broker process and the four packaged services in the prod
 * profile against PostgreSQL, each its own process, their security on. Nothing is stubbed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SuiteProcesses suite;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = new SuiteProcesses();
        suite.startBroker();
        for (String service : SuiteProcesses.SERVICES) {
            suite.startService(service);
        }
        long seconds = suite.awaitReady(Duration.ofSeconds(120));
        System.out.println("[system] all four services ready " + seconds + " s after start");
    }

    @AfterAll
    static void stopSuite() throws Exception {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    @Order(1)
    void everyServiceIsLiveStartedAndReady() throws Exception {
        for (String service : SuiteProcesses.SERVICES) {
            for (String check : new String[] {"live", "started", "ready"}) {
                assertEquals(200, suite.status(suite.baseUrl(service) + "/q/health/" + check), service + " " + check);
            }
        }
    }

    @Test
    @Order(2)
    void aWriteWithoutATokenOrWithAnotherIssuersIsRefusedAndReadsStayOpen() throws Exception {
        String url = suite.baseUrl("air-service") + "/api/air/stations";
        HttpResponse<String> anonymous = suite.postJson(url, station("SYS-ANON", "东城"), null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        // the suite's own key, but another issuer than the one the services trust
        String foreign = "Bearer " + AccessTokens.mint(Claims.of("https://id.elsewhere.example", "ecocity",
                "intruder", List.of("admin")), SuiteCredentials.readKey(suite.privateKey()));
        HttpResponse<String> other = suite.postJson(url, station("SYS-ANON", "东城"), foreign);
        assertEquals(401, other.statusCode(), other.body());
        assertEquals(404, suite.status(url + "/SYS-ANON"));
        assertEquals(200, suite.status(url));
    }

    @Test
    @Order(3)
    void aStationRegisteredInAirServiceReachesTheGatewayWithinTwoSeconds() throws Exception {
        HttpResponse<String> created = suite.postJson(suite.baseUrl("air-service") + "/api/air/stations",
                station("SYS-1", "东城"));
        assertEquals(201, created.statusCode(), created.body());
        Instant registered = Instant.now();
        Duration took = awaitStationInOverview("SYS-1", Duration.ofSeconds(10), registered);
        System.out.println("[system] station visible in the gateway after " + took.toMillis() + " ms");
        assertTrue(took.compareTo(Duration.ofSeconds(2)) <= 0, "took " + took);
    }

    @Test
    @Order(4)
    void aStationRegisteredWhileTheBrokerIsDownReachesTheGatewayOnceItIsBack() throws Exception {
        suite.stopBroker();
        HttpResponse<String> created = suite.postJson(suite.baseUrl("air-service") + "/api/air/stations",
                station("SYS-OUTAGE", "沙田"));
        assertEquals(201, created.statusCode(), "accepted while the broker is down: " + created.body());
        Thread.sleep(2_000);
        // the gateway still answers from its own view while the broker is down: a 200 without the station
        HttpResponse<String> during = suite.get(suite.baseUrl("gateway") + "/api/city/overview");
        assertEquals(200, during.statusCode(), "the gateway answers while the broker is down: " + during.body());
        List<String> stationsDuring = stationIds(during);
        assertTrue(stationsDuring.contains("SYS-1"), "the overview keeps the station it had: " + during.body());
        assertTrue(!stationsDuring.contains("SYS-OUTAGE"), "cannot have crossed without a broker: " + stationsDuring);

        suite.startBroker();
        Instant back = Instant.now();
        Duration took = awaitStationInOverview("SYS-OUTAGE", Duration.ofSeconds(90), back);
        HttpResponse<String> after = suite.get(suite.baseUrl("gateway") + "/api/city/overview");
        assertEquals(200, after.statusCode(), after.body());
        assertTrue(stationIds(after).contains("SYS-OUTAGE"), after.body());
        System.out.println("[system] station registered during the outage visible " + took.toMillis()
                + " ms after the broker came back");
    }

    private static String station(String id, String town) {
        return """
                {"stationId":"%s","name":"系统测试站","town":"%s","latitude":23.04,"longitude":113.77,
                 "kind":"NATIONAL","assessed":true}""".formatted(id, town);
    }

    private static Duration awaitStationInOverview(String stationId, Duration timeout, Instant since) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (overviewHas(stationId)) {
                return Duration.between(since, Instant.now());
            }
            Thread.sleep(50);
        }
        throw new AssertionError(stationId + " not in the gateway's overview after " + timeout + "\n"
                + suite.tail("gateway") + "\n" + suite.tail("air-service"));
    }

    /** Whether a 200 overview lists the station; any other answer is not (yet) the station in the view. */
    private static boolean overviewHas(String stationId) throws Exception {
        HttpResponse<String> response = suite.get(suite.baseUrl("gateway") + "/api/city/overview");
        return response.statusCode() == 200 && stationIds(response).contains(stationId);
    }

    private static List<String> stationIds(HttpResponse<String> overviewResponse) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode station : JSON.readTree(overviewResponse.body()).path("air").path("stations")) {
            ids.add(station.path("stationId").asText());
        }
        return ids;
    }
}
