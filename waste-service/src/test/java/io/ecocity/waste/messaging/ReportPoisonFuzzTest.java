package io.ecocity.waste.messaging;

import static io.restassured.RestAssured.given;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.testing.KafkaPoisonFuzz;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The hostile corpus on waste.reports, through the real broker into H2: dead letters, and the consumer goes on. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ReportPoisonFuzzTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyHostileRecordIsDeadLetteredOrStoredAndTheNextReportIsApplied() {
        String valid = "{\"town\":\"洪梅\",\"month\":\"2017-03\",\"quantities\":{\"construction.generated\":800,"
                + "\"construction.resourceUtilised\":500}}";
        String last = "{\"town\":\"洪梅\",\"month\":\"2017-04\",\"quantities\":{\"construction.generated\":810,"
                + "\"construction.resourceUtilised\":505}}";
        KafkaPoisonFuzz.assertPoisonIsDeadLettered(bootstrapServers, Topics.WASTE_REPORTS,
                EventType.WASTE_REPORT_SUBMITTED.type(), "洪梅", valid,
                List.of("town", "month", "construction.generated"),
                last, () -> given().get("/api/waste/reports/洪梅/2017-04").statusCode() == 200);
    }
}
