package io.ecocity.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.kafka.TopicProbe;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import java.util.function.IntFunction;
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
 * PostgreSQL): SIGKILL of air-service, water-service and waste-service during acknowledged REST writes, of
 * air-service while it consumes air.observations, of the broker twice during writes, and of the gateway while events
 * flow; every topic replayed from its first offset into air-service and the gateway; air-service's PostgreSQL (a
 * private cluster, see {@link PrivatePostgres}) stopped for 30 s under ingest. Afterwards, through the public APIs:
 * every acknowledged write is there exactly once, what was written during the broker's outage reaches the gateway's
 * view once the broker is back, and a replay changes no report and no view and dead-letters nothing.
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

    /** What a run of writes sent one a request through a SIGKILL and restart of the service got. */
    private record KilledRun(int acknowledged, int atKill, int unanswered, long readyMillis) {
    }

    /**
     * Sends {@code writes} bodies to {@code url} one a request, each sent again until it is answered {@code 2xx} (the
     * same values again change nothing), and SIGKILLs and restarts {@code service} after 200 are acknowledged.
     */
    private static KilledRun writeThroughAKill(String service, String url, IntFunction<String> body, int writes)
            throws Exception {
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger unanswered = new AtomicInteger();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> done = writer.submit(() -> {
            for (int i = 0; i < writes; i++) {
                while (true) {
                    try {
                        int status = suite.postJson(url, body.apply(i)).statusCode();
                        if (status >= 200 && status < 300) {
                            acknowledged.incrementAndGet();
                            break;
                        }
                    } catch (java.io.IOException e) {
                        // the service is down: not acknowledged
                    }
                    unanswered.incrementAndGet();
                    Thread.sleep(100);
                }
            }
            return null;
        });
        try {
            awaitCount(acknowledged, 200, Duration.ofSeconds(120));
            suite.kill(service);
            int atKill = acknowledged.get();
            suite.startService(service);
            long readyMillis = suite.awaitReady(service, Duration.ofSeconds(120));
            done.get(300, TimeUnit.SECONDS);
            return new KilledRun(acknowledged.get(), atKill, unanswered.get(), readyMillis);
        } finally {
            writer.shutdownNow();
        }
    }

    @Test
    @Order(1)
    void airServiceKilledDuringAcknowledgedRestWritesKeepsEveryOneOnce() throws Exception {
        int writes = 600;
        OffsetDateTime first = OffsetDateTime.of(2025, 1, 1, 1, 0, 0, 0, ZoneOffset.ofHours(8));
        KilledRun run = writeThroughAKill("air-service", air() + "/api/air/observations",
                i -> "[" + observation("F-REST", first.plusHours(i), i) + "]", writes);
        Stored stored = observationsOf("F-REST", first, writes);
        int lost = stored.lost();
        int doubled = stored.doubled();
        System.out.println("[faults] air-service SIGKILL during REST writes: " + run.acknowledged()
                + " acknowledged (" + run.atKill() + " before the kill), " + run.unanswered() + " attempts unanswered, "
                + lost + " lost, " + doubled + " doubled; ready " + run.readyMillis() + " ms after its restart");
        assertEquals(writes, run.acknowledged());
        assertEquals(0, lost, "acknowledged observations missing after SIGKILL");
        assertEquals(0, doubled, "observations stored twice (a revision above 1)");
    }

    @Test
    @Order(2)
    void waterServiceKilledDuringAcknowledgedRestWritesKeepsEveryOneOnce() throws Exception {
        String water = suite.baseUrl("water-service");
        HttpResponse<String> section = suite.postJson(water + "/api/water/sections", """
                {"sectionId":"F-W","name":"故障测试断面","river":"寒溪河","waterBodyType":"RIVER","level":"PROVINCIAL",
                 "town":"东坑","targetClass":"III","latitude":22.99,"longitude":113.94,"assessed":false}""");
        assertEquals(201, section.statusCode(), section.body());
        int writes = 300;
        OffsetDateTime first = OffsetDateTime.of(2025, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
        KilledRun run = writeThroughAKill("water-service", water + "/api/water/samples",
                i -> "[{\"sectionId\":\"F-W\",\"sampledAt\":\"" + first.plusDays(i) + "\",\"values\":{\"DO\":"
                        + (5 + i % 3) + ".5,\"NH3N\":0." + (10 + i % 80) + "}}]", writes);
        JsonNode stored = JSON.readTree(suite.get(water + "/api/water/sections/F-W/samples?from=2025-01-01&to=2025-12-31"
                + "&limit=1000").body()).path("items");
        java.util.Set<String> times = new java.util.HashSet<>();
        stored.forEach(sample -> times.add(sample.path("sampledAt").asText()));
        int lost = writes - times.size();
        int doubled = stored.size() - times.size();
        System.out.println("[faults] water-service SIGKILL during REST writes: " + run.acknowledged()
                + " acknowledged (" + run.atKill() + " before the kill), " + run.unanswered() + " attempts unanswered, "
                + lost + " lost, " + doubled + " doubled; ready " + run.readyMillis() + " ms after its restart");
        assertEquals(writes, run.acknowledged());
        assertEquals(0, lost, "acknowledged samples missing after SIGKILL");
        assertEquals(0, doubled, "samples listed twice");
    }

    @Test
    @Order(3)
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

        Instant sentAll = Instant.now();
        Instant deadline = sentAll.plus(Duration.ofSeconds(120));
        while (suite.get(air() + "/api/air/observations/F-KAFKA/" + first.plusHours(events - 1)).statusCode() != 200) {
            assertTrue(Instant.now().isBefore(deadline), "the last event was not applied within 120 s\n"
                    + suite.tail("air-service"));
            Thread.sleep(200);
        }
        long drained = Duration.between(sentAll, Instant.now()).toMillis();
        Stored stored = observationsOf("F-KAFKA", first, events);
        int lost = stored.lost();
        int doubled = stored.doubled();
        System.out.println("[faults] air-service SIGKILL while consuming air.observations: " + events
                + " events acknowledged by the broker (" + atKill + " before the kill), " + lost + " lost, " + doubled
                + " doubled; ready " + readyMillis + " ms after its restart, the last event applied " + drained
                + " ms after it was sent");
        assertEquals(0, lost, "events acknowledged by the broker and never applied");
        assertEquals(0, doubled, "events applied twice");
    }

    @Test
    @Order(4)
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
        int lost = observationsOf("F-BROKER", first, writes).lost();
        System.out.println("[faults] broker SIGKILL twice during writes: " + writes + " writes acknowledged while it"
                + " was down, " + lost + " lost; the gateway's view had the station registered during the outage "
                + caughtUp + " ms after the broker was back");
        assertEquals(0, lost);
        for (String service : SuiteProcesses.SERVICES) {
            assertEquals(200, suite.status(suite.baseUrl(service) + "/q/health/ready"), service + " ready afterwards");
        }
    }

    @Test
    @Order(5)
    void theGatewayKilledCatchesUpWithWhatHappenedWhileItWasDown() throws Exception {
        suite.kill("gateway");
        HttpResponse<String> created = suite.postJson(air() + "/api/air/stations", station("F-GW-DOWN", "莞城"));
        assertEquals(201, created.statusCode(), created.body());
        suite.startService("gateway");
        Instant restarted = Instant.now();
        long readyMillis = suite.awaitReady("gateway", Duration.ofSeconds(120));
        Instant deadline = restarted.plus(Duration.ofSeconds(120));
        while (!overviewLists("F-GW-DOWN")) {
            assertTrue(Instant.now().isBefore(deadline), "F-GW-DOWN not in the overview 120 s after the gateway's"
                    + " restart\n" + suite.tail("gateway"));
            Thread.sleep(200);
        }
        long caughtUp = Duration.between(restarted, Instant.now()).toMillis();
        System.out.println("[faults] gateway SIGKILL: ready " + readyMillis + " ms after its restart, the station"
                + " registered while it was down in its view " + caughtUp + " ms after the restart");
        assertTrue(overviewLists("F-REST"), "the view kept what it had before the kill");
    }

    @Test
    @Order(6)
    void wasteServiceKilledDuringAcknowledgedManifestWritesKeepsEveryOneOnce() throws Exception {
        String waste = suite.baseUrl("waste-service");
        HttpResponse<String> facility = suite.postJson(waste + "/api/waste/facilities", """
                {"facilityId":"F-HW","name":"故障测试处置中心","town":"麻涌","licenceNumber":"4419-F001",
                 "kind":"UTILISATION_AND_DISPOSAL","annualCapacityTonnes":{"HW49":1000000}}""");
        assertEquals(201, facility.statusCode(), facility.body());
        int writes = 400;
        KilledRun run = writeThroughAKill("waste-service", waste + "/api/waste/manifests", i -> """
                {"manifestNumber":"%s","consigner":"东莞某电子有限公司","consignerTown":"长安","carrier":"东莞某危货运输公司",
                 "receiverFacilityId":"F-HW","wasteCategory":"HW49","wasteCode":"900-041-49","quantityTonnes":%d.5,
                 "actor":"移出人 张三"}""".formatted(manifestNumber(i), 1 + i % 20), writes);
        java.util.Map<String, Integer> listed = new java.util.HashMap<>();
        String cursor = null;
        do {
            JsonNode page = JSON.readTree(suite.get(waste + "/api/waste/manifests?facilityId=F-HW&limit=1000"
                    + (cursor == null ? "" : "&cursor=" + cursor)).body());
            page.path("items").forEach(m -> listed.merge(m.path("manifestNumber").asText(), 1, Integer::sum));
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        int lost = 0;
        int doubled = 0;
        for (int i = 0; i < writes; i++) {
            Integer times = listed.get(manifestNumber(i));
            if (times == null) {
                lost++;
                continue;
            }
            // a create retried after the kill must answer the stored manifest, not record its filling-in again
            JsonNode one = JSON.readTree(suite.get(waste + "/api/waste/manifests/" + manifestNumber(i)).body());
            if (times > 1 || one.path("transitions").size() != 1) {
                doubled++;
            }
        }
        System.out.println("[faults] waste-service SIGKILL during REST manifest writes: " + run.acknowledged()
                + " acknowledged (" + run.atKill() + " before the kill), " + run.unanswered() + " attempts unanswered, "
                + lost + " lost, " + doubled + " doubled; ready " + run.readyMillis() + " ms after its restart");
        assertEquals(writes, run.acknowledged());
        assertEquals(writes, listed.size(), "manifests listed for the facility");
        assertEquals(0, lost, "acknowledged manifests missing after SIGKILL");
        assertEquals(0, doubled, "manifests listed twice or filled in twice");
    }

    private static String manifestNumber(int i) {
        return "20254419" + String.format("%06d", 900_000 + i);
    }

    @Test
    @Order(7)
    void everyTopicReplayedFromTheBeginningIntoAirServiceAndTheGatewayChangesNothing() throws Exception {
        OffsetDateTime first = OffsetDateTime.of(2025, 3, 1, 1, 0, 0, 0, ZoneOffset.ofHours(8));
        int events = 1000;
        String reports = "/api/air/reports/%s/stations/F-KAFKA?from=2025-03-01&to=2025-04-30&limit=1000";
        String before = settled(() -> suite.get(air() + reports.formatted("hourly")).body()
                + suite.get(air() + reports.formatted("daily")).body() + gatewayView());
        assertTrue(JSON.readTree(suite.get(air() + reports.formatted("daily")).body()).path("items").size() >= 40,
                "the daily reports of F-KAFKA before the replay");
        java.util.Map<String, Long> deadLettersBefore;
        long replayed;
        long readyMillis;
        long caughtUpMillis;
        try (org.apache.kafka.clients.admin.Admin admin = admin()) {
            deadLettersBefore = deadLetterEnds(admin);
            suite.stop("air-service");
            suite.stop("gateway");
            replayed = rewindToTheBeginning(admin, "air-service") + rewindToTheBeginning(admin, "gateway");
            Instant restarted = Instant.now();
            suite.startService("air-service");
            suite.startService("gateway");
            readyMillis = Math.max(suite.awaitReady("air-service", Duration.ofSeconds(120)),
                    suite.awaitReady("gateway", Duration.ofSeconds(120)));
            Instant deadline = restarted.plus(Duration.ofSeconds(120));
            while (lag(admin, "air-service") + lag(admin, "gateway") > 0) {
                assertTrue(Instant.now().isBefore(deadline), "the replay not consumed within 120 s\n"
                        + suite.tail("air-service") + "\n" + suite.tail("gateway"));
                Thread.sleep(200);
            }
            caughtUpMillis = Duration.between(restarted, Instant.now()).toMillis();
            assertEquals(deadLettersBefore, deadLetterEnds(admin), "dead letters after the replay");
        }
        String after = settled(() -> suite.get(air() + reports.formatted("hourly")).body()
                + suite.get(air() + reports.formatted("daily")).body() + gatewayView());
        Stored stored = observationsOf("F-KAFKA", first, events);
        System.out.println("[faults] every topic replayed from offset 0 into air-service and the gateway: " + replayed
                + " records consumed again, " + stored.lost() + " observations lost, " + stored.doubled()
                + " doubled, 0 dead letters; ready " + readyMillis + " ms after the restart, the replay consumed "
                + caughtUpMillis + " ms after it; hourly and daily reports and the gateway's view "
                + (before.equals(after) ? "unchanged" : "CHANGED"));
        assertEquals(0, stored.lost());
        assertEquals(0, stored.doubled(), "observations applied again as corrections");
        assertEquals(before, after, "reports or the gateway's view changed by the replay");
    }

    private interface Snapshot {
        String take() throws Exception;
    }

    /** What {@code snapshot} answers once two readings a second apart agree (the assessment has caught up). */
    private static String settled(Snapshot snapshot) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String previous = snapshot.take();
        while (true) {
            Thread.sleep(1_000);
            String now = snapshot.take();
            if (now.equals(previous)) {
                return now;
            }
            assertTrue(Instant.now().isBefore(deadline), "still changing after 60 s");
            previous = now;
        }
    }

    /** The gateway's overview, towns and alerts without what is of the present (when assembled, freshness). */
    private static String gatewayView() throws Exception {
        String gateway = suite.baseUrl("gateway");
        StringBuilder view = new StringBuilder();
        for (String path : List.of("/api/city/overview", "/api/city/towns", "/api/city/alerts?limit=1000")) {
            HttpResponse<String> answer = suite.get(gateway + path);
            assertEquals(200, answer.statusCode(), path + ": " + answer.body());
            JsonNode node = JSON.readTree(answer.body());
            withoutPresent(node);
            view.append(node);
        }
        return view.toString();
    }

    private static void withoutPresent(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.remove(List.of("generatedAt", "freshness"));
        }
        node.forEach(FaultInjectionIT::withoutPresent);
    }

    private static org.apache.kafka.clients.admin.Admin admin() {
        Properties props = new Properties();
        props.put(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers());
        return org.apache.kafka.clients.admin.Admin.create(props);
    }

    /**
     * Sets every committed offset of {@code group} back to the first record of its partition (the group's members
     * are gone, so the broker takes it); returns how many records the group will consume again.
     */
    private static long rewindToTheBeginning(org.apache.kafka.clients.admin.Admin admin, String group) throws Exception {
        java.util.Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata>
                committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        java.util.Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> earliest =
                new java.util.HashMap<>();
        committed.keySet().forEach(p -> earliest.put(p, org.apache.kafka.clients.admin.OffsetSpec.earliest()));
        java.util.Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata>
                rewound = new java.util.HashMap<>();
        long replayed = 0;
        for (var start : admin.listOffsets(earliest).all().get().entrySet()) {
            rewound.put(start.getKey(), new org.apache.kafka.clients.consumer.OffsetAndMetadata(start.getValue().offset()));
            replayed += committed.get(start.getKey()).offset() - start.getValue().offset();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                admin.alterConsumerGroupOffsets(group, rewound).all().get();
                return replayed;
            } catch (java.util.concurrent.ExecutionException e) {
                // the group may still hold its stopped member for a moment
                assertTrue(Instant.now().isBefore(deadline), group + " offsets not rewound: " + e.getCause());
                Thread.sleep(500);
            }
        }
    }

    /** Records of the group's partitions it has not committed yet. */
    private static long lag(org.apache.kafka.clients.admin.Admin admin, String group) throws Exception {
        java.util.Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata>
                committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        java.util.Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest =
                new java.util.HashMap<>();
        committed.keySet().forEach(p -> latest.put(p, org.apache.kafka.clients.admin.OffsetSpec.latest()));
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get().entrySet()) {
            lag += end.getValue().offset() - committed.get(end.getKey()).offset();
        }
        return lag;
    }

    /** The end offset of every partition of every dead-letter topic. */
    private static java.util.Map<String, Long> deadLetterEnds(org.apache.kafka.clients.admin.Admin admin)
            throws Exception {
        java.util.Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest =
                new java.util.HashMap<>();
        List<String> topics = admin.listTopics().names().get().stream().filter(t -> t.endsWith(".dlq")).toList();
        admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) -> description.partitions()
                .forEach(p -> latest.put(new org.apache.kafka.common.TopicPartition(topic, p.partition()),
                        org.apache.kafka.clients.admin.OffsetSpec.latest())));
        java.util.Map<String, Long> ends = new java.util.TreeMap<>();
        admin.listOffsets(latest).all().get().forEach((p, info) -> ends.put(p.toString(), info.offset()));
        return ends;
    }

    @Test
    @Order(8)
    void postgresqlStoppedForThirtySecondsUnderIngestLosesNoAcknowledgedWrite() throws Exception {
        try (PrivatePostgres postgres = PrivatePostgres.start(
                Path.of(System.getProperty("ecocity.it.work", "target/system-it")).resolve(NAME + "-postgres"))) {
            postgres.createDatabase("faults_pg_air");
            // air-service moves to a database server of its own, which this test may stop
            suite.stop("air-service");
            suite.startService("air-service", java.util.Map.of("ECOCITY_DB_URL", postgres.jdbcUrl("faults_pg_air")));
            suite.awaitReady("air-service", Duration.ofSeconds(120));
            HttpResponse<String> created = suite.postJson(air() + "/api/air/stations", station("F-PG", "南城"));
            assertEquals(201, created.statusCode(), created.body());

            OffsetDateTime first = OffsetDateTime.of(2025, 9, 1, 1, 0, 0, 0, ZoneOffset.ofHours(8));
            java.util.Set<Integer> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
            java.util.Map<Integer, Integer> refused = new java.util.concurrent.ConcurrentSkipListMap<>();
            AtomicInteger unanswered = new AtomicInteger();
            AtomicInteger sent = new AtomicInteger();
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            ExecutorService writer = Executors.newSingleThreadExecutor();
            Future<?> done = writer.submit(() -> {
                for (int i = 0; writing.get(); i++) {
                    sent.incrementAndGet();
                    try {
                        int status = suite.postJson(air() + "/api/air/observations",
                                "[" + observation("F-PG", first.plusHours(i), i) + "]").statusCode();
                        if (status >= 200 && status < 300) {
                            acknowledged.add(i);
                        } else {
                            refused.merge(status, 1, Integer::sum);
                            Thread.sleep(100);
                        }
                    } catch (java.io.IOException e) {
                        unanswered.incrementAndGet();
                        Thread.sleep(100);
                    }
                }
                return null;
            });
            try {
                awaitSize(acknowledged, 150, Duration.ofSeconds(60));
                int beforeStop = acknowledged.size();
                postgres.stop();
                int whileStopping = acknowledged.size() - beforeStop;
                Thread.sleep(30_000);
                int duringOutage = acknowledged.size() - beforeStop - whileStopping;
                boolean unreadyDuringOutage = suite.status(air() + "/q/health/ready") != 200;
                postgres.startAgain();
                Instant back = Instant.now();
                long readyMillis = suite.awaitReady("air-service", Duration.ofSeconds(60));
                int atRestart = acknowledged.size();
                awaitSize(acknowledged, atRestart + 150, Duration.ofSeconds(60));
                writing.set(false);
                done.get(60, TimeUnit.SECONDS);

                int lost = 0;
                int doubled = 0;
                int present = 0;
                for (int i = 0; i < sent.get(); i++) {
                    HttpResponse<String> stored = suite.get(air() + "/api/air/observations/F-PG/" + first.plusHours(i));
                    if (stored.statusCode() == 200) {
                        present++;
                        if (JSON.readTree(stored.body()).path("revision").asLong() != 1) {
                            doubled++;
                        }
                    } else if (acknowledged.contains(i)) {
                        lost++;
                    }
                }
                System.out.println("[faults] PostgreSQL stopped for 30 s under ingest: " + sent.get() + " writes sent, "
                        + acknowledged.size() + " acknowledged (" + whileStopping + " while pg_ctl stop ran, " + duringOutage
                        + " while it was down), "
                        + refused.values().stream().mapToInt(Integer::intValue).sum() + " refused (status: count "
                        + refused + "), " + unanswered.get() + " unanswered; " + present
                        + " stored, " + lost + " acknowledged lost, " + doubled + " doubled; readiness "
                        + (unreadyDuringOutage ? "down" : "UP") + " during the outage, ready again " + readyMillis
                        + " ms after PostgreSQL was back");
                assertEquals(0, lost, "acknowledged observations missing after the database outage");
                assertEquals(0, doubled, "observations stored twice");
                assertTrue(unreadyDuringOutage, "readiness reported the database while it was down");
                // a write the database could not take is the outage's, not the caller's: 503 with Retry-After
                assertEquals(java.util.Set.of(503), refused.isEmpty() ? java.util.Set.of(503) : refused.keySet(),
                        "statuses of the writes refused while the database was down: " + refused);
            } finally {
                writing.set(false);
                writer.shutdownNow();
            }
        }
    }

    private static void awaitSize(java.util.Set<Integer> set, int atLeast, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (set.size() < atLeast) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + set.size() + " of " + atLeast + " after " + timeout + "\n"
                        + suite.tail("air-service"));
            }
            Thread.sleep(20);
        }
    }

    /** How many of a station's {@code count} hours from {@code first} are missing, and how many stored more than once. */
    private record Stored(int lost, int doubled) {
    }

    /** A doubled observation is one stored again as a correction: its revision is above 1. */
    private static Stored observationsOf(String stationId, OffsetDateTime first, int count) throws Exception {
        int lost = 0;
        int doubled = 0;
        for (int i = 0; i < count; i++) {
            HttpResponse<String> stored = suite.get(air() + "/api/air/observations/" + stationId + "/" + first.plusHours(i));
            if (stored.statusCode() != 200) {
                lost++;
            } else if (JSON.readTree(stored.body()).path("revision").asLong() != 1) {
                doubled++;
            }
        }
        return new Stored(lost, doubled);
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
