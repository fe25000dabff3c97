package io.ecocity.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.kafka.TopicProbe;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults injected into the running suite (the broker and the four packaged services as processes, prod profile,
 * PostgreSQL): SIGKILL of air-service during acknowledged writes over REST and over Kafka, and SIGKILL of the broker
 * twice during writes. Afterwards, through the public APIs: every acknowledged write is there exactly once, and what
 * was written during the broker's outage reaches the gateway's view once the broker is back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

    private static final String NAME = "faults";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORTED = "ecocity.air.observation-reported.v1";
    private static SuiteProcesses suite;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = SuiteProcesses.fresh(NAME);
        suite.startBroker();
        for (String service : SuiteProcesses.SERVICES) {
            suite.startService(service);
        }
        suite.awaitReady(Duration.ofSeconds(180));
        for (String station : List.of("F-REST", "F-KAFKA", "F-BROKER")) {
            HttpResponse<String> created = suite.postJson(air() + "/api/air/stations", station(station, "南城"));
            assertEquals(201, created.statusCode(), created.body());
        }
    }

    @AfterAll
    static void stopSuite() throws Exception {
        if (suite != null) {
            suite.close();
        }
    }

    private static String air() {
        return suite.baseUrl("air-service");
    }

    @Test
    @Order(1)
    void airServiceKilledDuringAcknowledgedRestWritesKeepsEveryOneOnce() throws Exception {
        int writes = 600;
        OffsetDateTime first = OffsetDateTime.of(2025, 1, 1, 1, 0, 0, 0, ZoneOffset.ofHours(8));
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> done = writer.submit(() -> {
            for (int i = 0; i < writes; i++) {
                String body = "[" + observation("F-REST", first.plusHours(i), i) + "]";
                // a write without its 200 is sent again: the same values again change nothing
                while (true) {
                    try {
                        if (suite.postJson(air() + "/api/air/observations", body).statusCode() == 200) {
                            acknowledged.incrementAndGet();
                            break;
                        }
                    } catch (java.io.IOException e) {
                        // the service is down: not acknowledged
                    }
                    refused.incrementAndGet();
                    Thread.sleep(100);
                }
            }
            return null;
        });
        awaitCount(acknowledged, 200, Duration.ofSeconds(120));
        suite.kill("air-service");
        int atKill = acknowledged.get();
        suite.startService("air-service");
        long readyMillis = suite.awaitReady("air-service", Duration.ofSeconds(120));
        done.get(300, TimeUnit.SECONDS);
        writer.shutdown();

        int lost = 0;
        int doubled = 0;
        for (int i = 0; i < writes; i++) {
            HttpResponse<String> stored = suite.get(air() + "/api/air/observations/F-REST/" + first.plusHours(i));
            if (stored.statusCode() != 200) {
                lost++;
            } else if (JSON.readTree(stored.body()).path("revision").asLong() != 1) {
                doubled++;
            }
        }
        System.out.println("[faults] air-service SIGKILL during REST writes: " + acknowledged.get()
                + " acknowledged (" + atKill + " before the kill), " + refused.get() + " attempts unanswered, "
                + lost + " lost, " + doubled + " doubled; ready " + readyMillis + " ms after its restart");
        assertEquals(writes, acknowledged.get());
        assertEquals(0, lost, "acknowledged observations missing after SIGKILL");
        assertEquals(0, doubled, "observations stored twice (a revision above 1)");
    }

    @Test
    @Order(2)
    void airServiceKilledWhileConsumingAirObservationsAppliesEveryEventOnce() throws Exception {
        int events = 1000;
        OffsetDateTime first = OffsetDateTime.of(2025, 3, 1, 1, 0, 0, 0, ZoneOffset.ofHours(8));
        AtomicInteger sent = new AtomicInteger();
        ExecutorService producerThread = Executors.newSingleThreadExecutor();
        Future<?> done = producerThread.submit(() -> {
            try (KafkaProducer<String, String> producer = producer()) {
                for (int i = 0; i < events; i++) {
                    RecordHeaders headers = new RecordHeaders();
                    TopicProbe.cloudEventHeaders(UUID.randomUUID().toString(), REPORTED).forEach(
                            (name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
                    producer.send(new ProducerRecord<>("air.observations", null, "F-KAFKA",
                            observation("F-KAFKA", first.plusHours(i), i), headers)).get();
                    sent.incrementAndGet();
                    Thread.sleep(5);
                }
            }
            return null;
        });
        awaitCount(sent, 300, Duration.ofSeconds(60));
        suite.kill("air-service");
        int atKill = sent.get();
        suite.startService("air-service");
        long readyMillis = suite.awaitReady("air-service", Duration.ofSeconds(120));
        done.get(120, TimeUnit.SECONDS);
        producerThread.shutdown();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (suite.get(air() + "/api/air/observations/F-KAFKA/" + first.plusHours(events - 1)).statusCode() != 200) {
            assertTrue(Instant.now().isBefore(deadline), "the last event was not applied within 120 s\n"
                    + suite.tail("air-service"));
            Thread.sleep(200);
        }
        int lost = 0;
        int doubled = 0;
        for (int i = 0; i < events; i++) {
            HttpResponse<String> stored = suite.get(air() + "/api/air/observations/F-KAFKA/" + first.plusHours(i));
            if (stored.statusCode() != 200) {
                lost++;
            } else if (JSON.readTree(stored.body()).path("revision").asLong() != 1) {
                doubled++;
            }
        }
        System.out.println("[faults] air-service SIGKILL while consuming air.observations: " + events
                + " events acknowledged by the broker (" + atKill + " before the kill), " + lost + " lost, " + doubled
                + " doubled; ready " + readyMillis + " ms after its restart");
        assertEquals(0, lost, "events acknowledged by the broker and never applied");
        assertEquals(0, doubled, "events applied twice");
    }

    @Test
    @Order(3)
    void theBrokerKilledTwiceDuringWritesLosesNothingAndTheViewCatchesUp() throws Exception {
        OffsetDateTime first = OffsetDateTime.of(2025, 6, 1, 1, 0, 0, 0, ZoneOffset.ofHours(8));
        int writes = 0;
        suite.kill("kafka");
        for (int i = 0; i < 50; i++, writes++) {
            HttpResponse<String> answer = suite.postJson(air() + "/api/air/observations",
                    "[" + observation("F-BROKER", first.plusHours(i), i) + "]");
            assertEquals(200, answer.statusCode(), "a write while the broker is down: " + answer.body());
        }
        HttpResponse<String> created = suite.postJson(air() + "/api/air/stations", station("F-OUTAGE", "沙田"));
        assertEquals(201, created.statusCode(), "registered while the broker is down: " + created.body());
        suite.startBroker();
        Thread.sleep(2_000);
        suite.kill("kafka");
        for (int i = 50; i < 100; i++, writes++) {
            HttpResponse<String> answer = suite.postJson(air() + "/api/air/observations",
                    "[" + observation("F-BROKER", first.plusHours(i), i) + "]");
            assertEquals(200, answer.statusCode(), "a write while the broker is down again: " + answer.body());
        }
        suite.startBroker();
        Instant back = Instant.now();

        Instant deadline = back.plus(Duration.ofSeconds(120));
        while (!overviewLists("F-OUTAGE")) {
            assertTrue(Instant.now().isBefore(deadline), "F-OUTAGE not in the gateway's overview 120 s after the"
                    + " broker came back\n" + suite.tail("gateway") + "\n" + suite.tail("air-service"));
            Thread.sleep(200);
        }
        long caughtUp = Duration.between(back, Instant.now()).toMillis();
        int lost = 0;
        for (int i = 0; i < writes; i++) {
            if (suite.get(air() + "/api/air/observations/F-BROKER/" + first.plusHours(i)).statusCode() != 200) {
                lost++;
            }
        }
        System.out.println("[faults] broker SIGKILL twice during writes: " + writes + " writes acknowledged while it"
                + " was down, " + lost + " lost; the gateway's view had the station registered during the outage "
                + caughtUp + " ms after the broker was back");
        assertEquals(0, lost);
        for (String service : SuiteProcesses.SERVICES) {
            assertEquals(200, suite.status(suite.baseUrl(service) + "/q/health/ready"), service + " ready afterwards");
        }
    }

    private static boolean overviewLists(String stationId) throws Exception {
        HttpResponse<String> overview = suite.get(suite.baseUrl("gateway") + "/api/city/overview");
        if (overview.statusCode() != 200) {
            return false;
        }
        for (JsonNode station : JSON.readTree(overview.body()).path("air").path("stations")) {
            if (stationId.equals(station.path("stationId").asText())) {
                return true;
            }
        }
        return false;
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    private static void awaitCount(AtomicInteger count, int atLeast, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (count.get() < atLeast) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + count.get() + " of " + atLeast + " after " + timeout);
            }
            Thread.sleep(20);
        }
    }

    private static String observation(String stationId, OffsetDateTime time, int i) {
        return "{\"stationId\":\"" + stationId + "\",\"time\":\"" + time + "\",\"so2\":" + (5 + i % 7)
                + ",\"no2\":" + (20 + i % 11) + ",\"pm10\":" + (40 + i % 13) + ",\"pm25\":" + (25 + i % 17)
                + ",\"co\":0.6,\"o3\":" + (60 + i % 19) + "}";
    }

    private static String station(String id, String town) {
        return """
                {"stationId":"%s","name":"故障测试站","town":"%s","latitude":23.01,"longitude":113.76,
                 "kind":"NATIONAL","assessed":false}""".formatted(id, town);
    }
}
