package io.ecocity.gateway.restart;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventType;
import io.ecocity.gateway.support.CityEvents;
import io.ecocity.gateway.support.DownstreamServicesTestResource;
import io.ecocity.gateway.support.Payloads;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Second half of the restart test: a new gateway (its own test profile makes Quarkus start it again, with a new, empty
 * Kafka broker in the test JVM) answers exactly as the first one did, from its H2 store; the services are HTTP stubs.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(DownstreamServicesTestResource.class)
@TestProfile(ViewAfterRestartTest.RestartedGateway.class)
class ViewAfterRestartTest {

    /** Another profile, so that Quarkus stops the first gateway and starts a new one on the same database. */
    public static class RestartedGateway implements QuarkusTestProfile {
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Test
    void theRestartedGatewayAnswersAsBeforeAndGoesOnConsuming() {
        JsonNode before = ViewSnapshot.load();
        JsonNode after = ViewSnapshot.take(bootstrapServers);
        System.out.println("[restart] the broker was " + (before.get("bootstrapServers").asText().equals(bootstrapServers)
                ? "kept" : "replaced by an empty one") + "; the view came from the gateway's own store");
        before.get("answers").fields().forEachRemaining(answer ->
                assertEquals(answer.getValue(), after.get("answers").get(answer.getKey()), answer.getKey()));

        String alertId = "RS-AFTER";
        new CityEvents(bootstrapServers, json).send(EventType.AIR_ALERT, alertId,
                Payloads.alert(alertId, "air", "INFO", "RAISED", "麻涌"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().queryParam("limit", 1000)
                .get("/api/city/alerts").then().body("items.alertId", hasItem(alertId)));
    }
}
