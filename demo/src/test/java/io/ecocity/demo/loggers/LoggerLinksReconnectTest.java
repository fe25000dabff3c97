package io.ecocity.demo.loggers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * A logger whose connection is closed reconnects with backoff and resends, in order, what the old connection left
 * without a 9014; a packet never answered is given up after its attempts. Against an HJ 212 receiver in the test.
 */
class LoggerLinksReconnectTest {

    private final Map<String, List<LoggerLinks.Packet>> packets = new HashMap<>();
    private final Map<String, ConcurrentLinkedQueue<LoggerLinks.Packet>> queues = new HashMap<>();

    private List<String> loggers(int n, int perLogger) {
        List<String> mns = new ArrayList<>();
        LocalDateTime hour = LocalDateTime.of(2026, 12, 4, 0, 0);
        for (int i = 0; i < n; i++) {
            String mn = String.format("SIM-T%03d", i);
            mns.add(mn);
            List<LoggerLinks.Packet> list = new ArrayList<>();
            for (int p = 0; p < perLogger; p++) {
                String qn = Hj212Encoder.nextQn(LocalDateTime.of(2026, 12, 4, 9, 0));
                String segment = Hj212Encoder.upload(qn, Hj212Encoder.ST_AIR, "2061", "123456", mn, hour.plusHours(p),
                        "Avg", Map.of("a34004", new BigDecimal(p)));
                list.add(new LoggerLinks.Packet(qn, Hj212Encoder.frame(segment)));
            }
            packets.put(mn, list);
            queues.put(mn, new ConcurrentLinkedQueue<>(list));
        }
        return mns;
    }

    private static void await(BooleanSupplier done, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
    }

    private boolean allSent() {
        return queues.values().stream().allMatch(ConcurrentLinkedQueue::isEmpty);
    }

    @Test
    void aReceiverClosingEveryConnectionAfterKPacketsStillGetsEveryPacketAcknowledgedOnce() throws Exception {
        int n = 20;
        int perLogger = 30;
        int k = 7;
        try (AckingServer server = new AckingServer();
                LoggerLinks links = new LoggerLinks("127.0.0.1", server.port(),
                        new LoggerLinks.Retry(5_000, 4, 60_000, 20, 200))) {
            server.closeEachConnectionAfter(k);
            List<String> mns = loggers(n, perLogger);
            List<LoggerLinks.Link> opened = links.open(mns, mn -> queues.get(mn)::poll, 1, 10_000);
            await(() -> allSent() && links.waiting() == 0, 60_000);

            String summary = LoggerSimulator.summary(links, n * perLogger, 0);
            System.out.println("closing after " + k + ": " + summary);
            assertEquals(n * perLogger, links.sent(), summary);
            assertEquals(n * perLogger, links.acks());
            assertEquals(0, links.givenUp());
            assertEquals(0, links.waiting());
            for (LoggerLinks.Link link : opened) {
                assertEquals(perLogger, link.acks(), link.mn());
                // the receiver saw each packet, in the order of the logger's data, and nothing it never sent
                assertEquals(packets.get(link.mn()).stream().map(LoggerLinks.Packet::qn).toList(),
                        server.firstSeen(link.mn()), link.mn());
            }
            // each connection carries K-1 acknowledged packets and one left unanswered, which is resent
            int connectionsEach = (perLogger + k - 2) / (k - 1);
            assertEquals((long) n * (connectionsEach - 1), links.reconnects());
            assertEquals(links.reconnects(), links.dropped());
            assertEquals(links.reconnects(), links.resent());
            assertEquals(n * perLogger + links.resent(), server.received.values().stream().mapToInt(List::size).sum());
            assertEquals(0, server.badFrames.get());
            assertEquals(n, links.connected());
        }
    }

    @Test
    void aReceiverThatRestartsIsReconnectedToWithBackoffAndGetsEverything() throws Exception {
        int n = 10;
        int perLogger = 20;
        try (AckingServer server = new AckingServer();
                LoggerLinks links = new LoggerLinks("127.0.0.1", server.port(),
                        new LoggerLinks.Retry(5_000, 4, 60_000, 100, 1_000))) {
            List<String> mns = loggers(n, perLogger);
            // the first half of each logger's packets, then the receiver goes down with the rest still to come
            Map<String, ConcurrentLinkedQueue<LoggerLinks.Packet>> later = new HashMap<>();
            for (String mn : mns) {
                List<LoggerLinks.Packet> all = packets.get(mn);
                queues.put(mn, new ConcurrentLinkedQueue<>(all.subList(0, perLogger / 2)));
                later.put(mn, new ConcurrentLinkedQueue<>(all.subList(perLogger / 2, perLogger)));
            }
            Map<String, ConcurrentLinkedQueue<LoggerLinks.Packet>> firstHalf = new HashMap<>(queues);
            // the second half is held back until the receiver is down, so that it is still to be sent after the restart
            java.util.concurrent.atomic.AtomicBoolean receiverDown = new java.util.concurrent.atomic.AtomicBoolean();
            List<LoggerLinks.Link> opened = links.open(mns, mn -> () -> {
                LoggerLinks.Packet p = firstHalf.get(mn).poll();
                return p != null || !receiverDown.get() ? p : later.get(mn).poll();
            }, 1, 10_000);
            await(() -> links.acks() >= n * perLogger / 2, 30_000);

            server.stop();
            receiverDown.set(true);
            long down = System.nanoTime();
            await(() -> links.connected() == 0, 5_000);
            assertEquals(0, links.connected());
            Thread.sleep(3_000);
            long failedWhileDown = links.failedConnects();
            server.restart();
            await(() -> later.values().stream().allMatch(ConcurrentLinkedQueue::isEmpty) && links.waiting() == 0,
                    30_000);
            double downSeconds = (System.nanoTime() - down) / 1e9;

            String summary = LoggerSimulator.summary(links, n * perLogger, 0);
            System.out.printf("restart, back after %.1f s, %d failed attempts while down: %s%n", downSeconds,
                    failedWhileDown, summary);
            assertEquals(n * perLogger, links.acks(), summary);
            assertEquals(n * perLogger, links.sent(), summary);
            assertEquals(0, links.givenUp(), summary);
            assertEquals(n, links.dropped(), summary);
            assertEquals(n, links.reconnects(), summary);
            assertEquals(n, links.connected(), summary);
            // 3 s down with 100 ms doubling to 1 s, half of it random: about 5 attempts each, not one per select
            assertTrue(failedWhileDown >= 2L * n && failedWhileDown <= 12L * n, failedWhileDown + " failed attempts");
            assertTrue(downSeconds < 10, "back after " + downSeconds + " s");
            for (LoggerLinks.Link link : opened) {
                assertEquals(perLogger, link.acks(), link.mn());
                assertEquals(packets.get(link.mn()).stream().map(LoggerLinks.Packet::qn).toList(),
                        server.firstSeen(link.mn()), link.mn());
            }
        }
    }

    @Test
    void aPacketNeverAnsweredIsGivenUpAfterItsAttemptsAndTheLoggerGoesOn() throws Exception {
        try (AckingServer server = new AckingServer();
                LoggerLinks links = new LoggerLinks("127.0.0.1", server.port(),
                        new LoggerLinks.Retry(300, 3, 60_000, 20, 200))) {
            List<String> mns = loggers(1, 5);
            String mn = mns.get(0);
            String silent = packets.get(mn).get(2).qn();
            server.neverAnswer(silent);
            List<LoggerLinks.Link> opened = links.open(mns, m -> queues.get(m)::poll, 1, 10_000);
            await(() -> allSent() && links.waiting() == 0, 10_000);

            String summary = LoggerSimulator.summary(links, 5, 0);
            System.out.println("never answered: " + summary);
            assertEquals(5, links.sent(), summary);
            assertEquals(4, links.acks(), summary);
            assertEquals(1, links.givenUp(), summary);
            assertEquals(2, links.resent(), summary);
            assertEquals(3, links.timedOut(), summary);
            assertEquals(0, links.dropped(), summary);
            assertEquals(4, opened.get(0).acks());
            // sent three times, then the logger went on with the two after it
            assertEquals(3, server.received.get(mn).stream().filter(silent::equals).count());
            assertEquals(packets.get(mn).stream().map(LoggerLinks.Packet::qn).toList(), server.firstSeen(mn));
        }
    }

    @Test
    void packetsLeftUnansweredByAConnectionAreGivenUpAfterTheTotalTimeWhileTheReceiverStaysDown() throws Exception {
        try (AckingServer server = new AckingServer();
                LoggerLinks links = new LoggerLinks("127.0.0.1", server.port(),
                        new LoggerLinks.Retry(10_000, 10, 1_000, 50, 200))) {
            List<String> mns = loggers(3, 2);
            for (String mn : mns) {
                server.neverAnswer(packets.get(mn).get(0).qn());
            }
            links.open(mns, m -> queues.get(m)::poll, 1, 10_000);
            await(() -> server.received.values().stream().mapToInt(List::size).sum() == 3, 5_000);
            server.stop();
            await(() -> links.givenUp() == 3, 5_000);

            String summary = LoggerSimulator.summary(links, 6, 0);
            System.out.println("receiver stays down: " + summary);
            assertEquals(3, links.givenUp(), summary);
            assertEquals(3, links.sent(), summary);
            assertEquals(0, links.acks(), summary);
            assertEquals(0, links.waiting(), summary);
            assertEquals(3, links.dropped(), summary);
            assertTrue(links.failedConnects() >= 3, summary);
        }
    }

    @Test
    void retryOptionsOfTheCommand() {
        LoggerLinks.Retry retry = LoggerSimulator.retry(Map.of("ack-timeout", "5", "attempts", "2",
                "give-up-after", "60", "reconnect-max", "10"));
        assertEquals(new LoggerLinks.Retry(5_000, 2, 60_000, 1_000, 10_000), retry);
        assertEquals(new LoggerLinks.Retry(15_000, 4, 600_000, 1_000, 30_000), LoggerSimulator.retry(Map.of()));
    }
}
