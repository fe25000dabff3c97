package io.ecocity.waste.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.testing.OpenApiFuzz;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Boundary bodies to every write of the service's own OpenAPI document, into H2 with the real broker; nothing stubbed. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class OpenApiFuzzTest {

    @Test
    void noWriteAnswersAServerErrorToABoundaryBody() throws Exception {
        OpenApiFuzz.Outcome outcome = OpenApiFuzz.run();
        System.out.println("OpenApiFuzzTest (waste-service): " + outcome.requests() + " requests, "
                + outcome.serverErrors().size() + " server errors");
        assertTrue(outcome.requests() > 100, "the document names the writes: " + outcome.requests());
        assertEquals(List.of(), outcome.serverErrors());
    }
}
