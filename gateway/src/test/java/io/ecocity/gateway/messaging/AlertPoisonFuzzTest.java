package io.ecocity.gateway.messaging;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.gateway.support.DownstreamServicesTestResource;
import io.ecocity.gateway.support.Payloads;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.testing.KafkaPoisonFuzz;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus on air.alerts, through the real broker into the gateway's H2 view: dead letters with their
 * reasons, and the alert sent after them is applied. The alert's town is left out of the fields replaced, so no
 * test town of another test's view appears.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(DownstreamServicesTestResource.class)
class AlertPoisonFuzzTest {

    private static final String ALERT_ID = "POISON-ALERT-1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Test
    void everyHostileAlertIsDeadLetteredOrAppliedAndTheNextAlertIsApplied() throws Exception {
        String valid = json.writeValueAsString(Payloads.alert(ALERT_ID, "air", "WARNING", "RAISED", null));
        String last = json.writeValueAsString(Payloads.alert(ALERT_ID, "air", "INFO", "CLEARED", null));
        KafkaPoisonFuzz.assertPoisonIsDeadLettered(bootstrapServers, Topics.AIR_ALERTS, EventType.AIR_ALERT.type(),
                ALERT_ID, valid, List.of("alertId", "domain", "kind", "severity", "state", "value", "threshold",
                        "raisedAt"), last,
                () -> given().queryParam("state", "CLEARED").queryParam("limit", 1000).get("/api/city/alerts")
                        .asString().contains("\"alertId\":\"" + ALERT_ID + "\""));
    }
}
