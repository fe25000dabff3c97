package io.ecocity.gateway.restart;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventType;
import io.ecocity.gateway.support.CityEvents;
import io.ecocity.gateway.support.DownstreamServicesTestResource;
import io.ecocity.gateway.support.Payloads;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * First half of the restart test: after every other test of the first gateway run (it is ordered last), the city
 * endpoints' answers are kept; the broker (in the test JVM) and H2 are real, the services HTTP stubs.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(DownstreamServicesTestResource.class)
@Order(Integer.MAX_VALUE)
class ViewBeforeRestartTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "ecocity.gateway.overview.max-age")
    Duration maxAge;

    @Test
    void theViewBeforeTheRestartIsKept() throws InterruptedException {
        String alertId = "RS-BEFORE";
        new CityEvents(bootstrapServers, json).send(EventType.WASTE_ALERT, alertId,
                Payloads.alert(alertId, "waste", "WARNING", "RAISED", "麻涌"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().queryParam("limit", 1000)
                .get("/api/city/alerts").then().body("items.alertId", hasItem(alertId)));
        // the overview shows a change within its max age (changes are coalesced): the snapshot is taken after it
        Thread.sleep(maxAge.toMillis() + 200);
        ViewSnapshot.save(ViewSnapshot.take(bootstrapServers));
    }
}
