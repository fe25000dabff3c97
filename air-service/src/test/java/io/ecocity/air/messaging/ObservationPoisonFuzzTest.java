package io.ecocity.air.messaging;

import static io.ecocity.air.rest.AirTestData.hour;
import static io.ecocity.air.rest.AirTestData.station;
import static io.restassured.RestAssured.given;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.testing.KafkaPoisonFuzz;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The hostile corpus on air.observations, through the real broker into H2: dead letters, and the consumer goes on. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ObservationPoisonFuzzTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyHostileRecordIsDeadLetteredOrStoredAndTheNextObservationIsApplied() {
        station("POISON-A", "长安", "NATIONAL", false);
        String valid = "{\"stationId\":\"POISON-A\",\"time\":\"" + hour(DAY, 1) + "\",\"so2\":8,\"pm25\":33,\"co\":0.8}";
        String last = "{\"stationId\":\"POISON-A\",\"time\":\"" + hour(DAY, 2) + "\",\"pm25\":35}";
        KafkaPoisonFuzz.assertPoisonIsDeadLettered(bootstrapServers, Topics.AIR_OBSERVATIONS,
                EventType.AIR_OBSERVATION_REPORTED.type(), "POISON-A", valid, List.of("stationId", "time", "so2", "pm25", "co"),
                last, () -> given().get("/api/air/observations/POISON-A/" + hour(DAY, 2)).statusCode() == 200);
    }
}
