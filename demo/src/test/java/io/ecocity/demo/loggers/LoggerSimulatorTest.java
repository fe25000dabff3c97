package io.ecocity.demo.loggers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live loop's hour ends: each ended hour's 2061 is queued once per logger, with DataTime the hour's start. */
class LoggerSimulatorTest {

    @Test
    void eachEndedHourIsQueuedOnceWithItsStartAsDataTime() {
        LoggerSimulator simulator = LoggerSimulator.parse("--stations", "2", "--water", "1", "--micro", "0");
        LocalDateTime sentUpTo = LocalDateTime.of(2026, 12, 5, 2, 0);
        // 04:00:30: the hours ending 03:00 and 04:00 have ended since
        LocalDateTime now = simulator.queueEndedHours(sentUpTo, LocalDateTime.of(2026, 12, 5, 4, 0, 30));
        assertEquals(LocalDateTime.of(2026, 12, 5, 4, 0), now);
        // nothing more within the same hour
        assertEquals(now, simulator.queueEndedHours(now, LocalDateTime.of(2026, 12, 5, 4, 59, 59)));
        for (String mn : List.of("SIM-DG-N01", "SIM-DG-N02", "SIM-WS-01")) {
            List<LoggerLinks.Packet> queued = simulator.queued(mn);
            assertEquals(2, queued.size(), mn);
            String first = new String(queued.get(0).frame(), StandardCharsets.US_ASCII);
            String second = new String(queued.get(1).frame(), StandardCharsets.US_ASCII);
            assertTrue(first.contains(";CN=2061;") && first.contains("MN=" + mn + ";Flag=5;"), first);
            assertTrue(first.contains("DataTime=20261205020000"), first);
            assertTrue(second.contains("DataTime=20261205030000"), second);
            assertTrue(first.contains("QN=" + queued.get(0).qn() + ";"), first);
        }
    }
}
