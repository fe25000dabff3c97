package io.ecocity.logger;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.testing.OpenApiFuzz;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Boundary bodies to every write of the service's own OpenAPI document, into H2 with the real broker; nothing stubbed. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class OpenApiFuzzTest {

    @Test
    void noWriteAnswersAServerErrorToABoundaryBody() throws Exception {
        OpenApiFuzz.assertNoServerError("logger-gateway");
    }
}
