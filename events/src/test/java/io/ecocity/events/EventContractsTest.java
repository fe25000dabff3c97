package io.ecocity.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema validation of event bodies, on the real schema files. */
class EventContractsTest {

    private static final String STATION = """
            {"stationId":"DG-01","name":"莞城子站","town":"莞城","latitude":23.0205,"longitude":113.7518,
             "kind":"NATIONAL","assessed":true,"revision":1,"changedAt":"2026-11-28T10:00:00+08:00"}""";

    @Test
    void aConformingStationHasNoViolations() {
        assertEquals(List.of(), EventContracts.violations(EventType.AIR_STATION_REGISTERED.type(), STATION));
    }

    @Test
    void aStationWithAnUnknownKindAndAStrayFieldIsRejected() {
        String bad = STATION.replace("\"NATIONAL\"", "\"SATELLITE\"").replace("\"revision\":1", "\"revision\":1,\"extra\":2");
        List<String> violations = EventContracts.violations(EventType.AIR_STATION_REGISTERED.type(), bad);
        assertEquals(2, violations.size(), violations.toString());
    }

    @Test
    void aBodyThatIsNotJsonIsReported() {
        List<String> violations = EventContracts.violations(EventType.AIR_STATION_UPDATED.type(), "{not json");
        assertTrue(violations.get(0).startsWith("body is not JSON"), violations.toString());
    }
}
