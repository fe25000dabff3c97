package io.ecocity.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.CloudEventHeaders;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/** The workloads of the benchmark. Each method is one run and returns what it measured. */
final class Workloads {

    /** The first hour the ingest workloads write: after the HJ 633-2026 edition came into force, so no 2012 fan-out. */
    static final Instant INGEST_FROM = OffsetDateTime.parse("2026-03-01T01:00:00+08:00").toInstant();
    /** The latency runs write later hours than any ingest run, so the city view's latest hour is always theirs. */
    static final Instant LATENCY_FROM = OffsetDateTime.parse("2026-10-01T01:00:00+08:00").toInstant();
    /** Unprocessed observations the Kafka sender allows: enough to keep the consumer busy, few enough to drain fast. */
    private static final long MAX_LAG = 40_000;

    private final Suite suite;
    private final Path root;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    Workloads(Suite suite, Path root) {
        this.suite = suite;
        this.root = root;
    }

    // ---------------------------------------------------------------- Kafka ingest

    /** Observations a second that the air-service took from {@code air.observations} to assessed hourly reports. */
    double kafkaIngest(String prefix, int seconds) throws Exception {
        StationSet stations = new StationSet(prefix, 1000, 50, 10);
        stations.register(suite.url("air-service"), http, suite.authorization());
        suite.awaitQuiet(60);
        try (Admin admin = admin(); KafkaProducer<String, String> producer = producer()) {
            long consumedBefore = committed(admin, "air-service", Topics.AIR_OBSERVATIONS);
            AtomicLong consumed = new AtomicLong();
            long sent = 0;
            long started = System.nanoTime();
            long end = started + seconds * 1_000_000_000L;
            long lastCheck = 0;
            int lastStation = 0;
            Instant lastHour = INGEST_FROM;
            for (long hour = 0; System.nanoTime() < end; hour++) {
                Instant hourEnd = StationSet.hourEnd(INGEST_FROM, hour);
                for (int s = 0; s < stations.count(); s++) {
                    producer.send(observationRecord(stations, s, hourEnd));
                    sent++;
                    lastStation = s;
                    lastHour = hourEnd;
                    if (sent % 500 == 0) {
                        // keep the backlog bounded: the figure is what the service sustains, not what Kafka buffers
                        while (true) {
                            long now = System.nanoTime();
                            if (now - lastCheck > 100_000_000L) {
                                consumed.set(committed(admin, "air-service", Topics.AIR_OBSERVATIONS) - consumedBefore);
                                lastCheck = now;
                            }
                            if (sent - consumed.get() < MAX_LAG || now > end) {
                                break;
                            }
                            Thread.sleep(10);
                        }
                    }
                    if (System.nanoTime() >= end) {
                        break;
                    }
                }
            }
            producer.flush();
            long deadline = System.currentTimeMillis() + 600_000;
            while (committed(admin, "air-service", Topics.AIR_OBSERVATIONS) - consumedBefore < sent) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("air-service did not consume " + sent + " observations in 10 minutes");
                }
                Thread.sleep(50);
            }
            awaitStationHour(stations.id(lastStation), lastHour, 600);
            double elapsed = (System.nanoTime() - started) / 1e9;
            Bench.log("  kafka ingest %s: %,d observations in %.1f s", prefix, sent, elapsed);
            return sent / elapsed;
        }
    }

    /**
     * The raw limit: Kafka's own ProducerPerformance with the same payloads (the JSON observations, one a line) and the
     * suite's producer settings, on a topic of its own with as many partitions.
     */
    double producerPerformance(int records) throws Exception {
        Path payloads = suite.dataDir().resolve("payloads.txt");
        if (!Files.exists(payloads)) {
            StationSet stations = new StationSet("RAW", 1000, 0, 10);
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 10_000; i++) {
                lines.append(stations.observation(i % 1000, StationSet.hourEnd(INGEST_FROM, i / 1000))).append('\n');
            }
            Files.writeString(payloads, lines);
        }
        List<String> command = List.of("java", "-Xmx512m", "-cp",
                root.resolve("kafka-local/target/broker-lib").toAbsolutePath() + "/*",
                "org.apache.kafka.tools.ProducerPerformance", "--topic", "bench.raw", "--num-records",
                Integer.toString(records), "--throughput", "-1", "--payload-file", payloads.toString(),
                "--producer-props", "bootstrap.servers=" + suite.bootstrap(), "acks=all", "enable.idempotence=true",
                "linger.ms=5", "batch.size=65536", "compression.type=lz4");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("ProducerPerformance failed:\n" + output);
        }
        Matcher summary = Pattern.compile("(\\d+) records sent, ([0-9.]+) records/sec").matcher(output);
        double perSecond = Double.NaN;
        while (summary.find()) {
            perSecond = Double.parseDouble(summary.group(2));
        }
        if (Double.isNaN(perSecond)) {
            throw new IllegalStateException("no summary in ProducerPerformance's output:\n" + output);
        }
        Bench.log("  ProducerPerformance: %,.0f records/s", perSecond);
        return perSecond;
    }

    // ---------------------------------------------------------------- REST ingest

    /** {accepted per second, processed per second} of batches of 1,000 posted by {@code posters} at once. */
    double[] restIngest(String prefix, int seconds, int posters) throws Exception {
        int perPoster = 250;
        StationSet stations = new StationSet(prefix, perPoster * posters, 40, 10);
        stations.register(suite.url("air-service"), http, suite.authorization());
        suite.awaitQuiet(60);
        int hoursPerBatch = 1000 / perPoster;
        AtomicLong accepted = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long[] lastHourOf = new long[posters];
        long started = System.nanoTime();
        long end = started + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < posters; p++) {
            int poster = p;
            Thread thread = new Thread(() -> {
                try {
                    // each poster is one data platform sending its own stations, a few hours a batch
                    for (long hour = 0; System.nanoTime() < end; hour += hoursPerBatch) {
                        String body = stations.batch(poster * perPoster, perPoster, StationSet.hourEnd(INGEST_FROM, hour),
                                hoursPerBatch);
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                        URI.create(suite.url("air-service") + "/api/air/observations"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", suite.authorization()).timeout(Duration.ofSeconds(120))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IOException("batch answered " + response.statusCode() + ": " + response.body());
                        }
                        accepted.addAndGet(1000);
                        lastHourOf[poster] = hour + hoursPerBatch - 1;
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }, "poster-" + p);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double postingSeconds = (System.nanoTime() - started) / 1e9;
        if (failure.get() != null) {
            throw failure.get();
        }
        for (int p = 0; p < posters; p++) {
            awaitStationHour(stations.id((p + 1) * perPoster - 1), StationSet.hourEnd(INGEST_FROM, lastHourOf[p]), 600);
        }
        double processedSeconds = (System.nanoTime() - started) / 1e9;
        Bench.log("  REST ingest %s: %,d observations accepted in %.1f s, assessed after %.1f s", prefix, accepted.get(),
                postingSeconds, processedSeconds);
        return new double[] {accepted.get() / postingSeconds, accepted.get() / processedSeconds};
    }

    // ---------------------------------------------------------------- end-to-end latency

    /**
     * Publishes {@code rate} observations a second on a fixed schedule (250 stations, 25 of them assessed: four city
     * hours a second) and polls the gateway's overview. An hour's latency runs from the instant its last observation
     * was due to the first overview whose latest city hour is that hour with all 25 assessed stations in it, or a later
     * hour. Returns the latencies in milliseconds.
     */
    double[] endToEnd(String prefix, Instant firstHour, int rate, int seconds) throws Exception {
        StationSet stations = new StationSet(prefix, 250, 25, 5);
        stations.register(suite.url("air-service"), http, suite.authorization());
        suite.awaitQuiet(60);
        int hours = rate * seconds / stations.count();
        long[] lastDue = new long[hours];
        long[] reflected = new long[hours];
        Arrays.fill(reflected, -1);
        AtomicLong polls = new AtomicLong();
        AtomicLong slowPolls = new AtomicLong();
        AtomicReference<Exception> pollFailure = new AtomicReference<>();
        Thread poller = new Thread(() -> {
            try {
                HttpLoad.Connection connection = null;
                int waitingFor = 0;
                while (waitingFor < hours && !Thread.currentThread().isInterrupted()) {
                    long now = System.nanoTime();
                    JsonNode latest;
                    try {
                        latest = json.readTree(getOverview()).path("air").path("latestHour");
                    } catch (java.net.http.HttpTimeoutException e) {
                        // an overview slower than the timeout is not an answer; the hours wait for the next one
                        slowPolls.incrementAndGet();
                        continue;
                    }
                    polls.incrementAndGet();
                    if (!latest.isMissingNode() && !latest.isNull() && latest.hasNonNull("hourEnd")) {
                        Instant hourEnd = OffsetDateTime.parse(latest.get("hourEnd").asText()).toInstant();
                        int count = latest.path("stationCount").asInt(0);
                        long index = Duration.between(firstHour, hourEnd).toHours();
                        // every hour before the one shown is complete; the one shown only once all its stations are in
                        long completeUpTo = count >= stations.assessed() ? index : index - 1;
                        while (waitingFor < hours && waitingFor <= completeUpTo) {
                            reflected[waitingFor++] = now;
                        }
                    }
                    Thread.sleep(10);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                pollFailure.set(e);
            }
        }, "overview-poller");
        poller.start();
        long intervalNanos = 1_000_000_000L / rate;
        try (KafkaProducer<String, String> producer = producer()) {
            long start = System.nanoTime() + 200_000_000L;
            long i = 0;
            for (int h = 0; h < hours; h++) {
                Instant hourEnd = StationSet.hourEnd(firstHour, h);
                for (int s = 0; s < stations.count(); s++, i++) {
                    long due = start + i * intervalNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    producer.send(observationRecord(stations, s, hourEnd));
                    lastDue[h] = due;
                }
            }
            producer.flush();
        }
        // a pipeline slower than the schedule drains its backlog after the last send: wait for it, it is the tail
        poller.join(600_000);
        poller.interrupt();
        if (pollFailure.get() != null) {
            throw pollFailure.get();
        }
        List<Double> latencies = new ArrayList<>();
        int missing = 0;
        for (int h = 0; h < hours; h++) {
            if (reflected[h] < 0) {
                missing++;
            } else {
                latencies.add((reflected[h] - lastDue[h]) / 1e6);
            }
        }
        if (missing > 0) {
            throw new IllegalStateException(missing + " of " + hours + " hours never reached the gateway's view within 10 minutes");
        }
        Bench.log("  end-to-end %s: %d hours, %,d overview polls, %d of them over 10 s", prefix, hours, polls.get(),
                slowPolls.get());
        return latencies.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private String getOverview() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(suite.url("gateway") + "/api/city/overview"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    // ---------------------------------------------------------------- statistics

    /** Writes a year of daily values for {@code stations} stations, their towns and the city, as the assessment would. */
    void loadDailyValues(Connection connection, String prefix, int year, int stations, int towns) throws Exception {
        Random random = new Random(663L + year);
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("insert into air_daily_value (scope, scope_id, town,"
                + " day, edition, so2, no2, pm10, pm25, co, o3_8h, o3_1h, so2_coverage, no2_coverage, pm10_coverage,"
                + " pm25_coverage, co_coverage, o3_8h_coverage, o3_1h_coverage, aqi, aqi_level, primary_pollutants,"
                + " revision, updated_at) values (?, ?, ?, ?, 'HJ633_2012', ?, ?, ?, ?, ?, ?, ?, 24, 24, 24, 24, 24, 16,"
                + " 24, ?, ?, ?, 1, ?)")) {
            List<String[]> scopes = new ArrayList<>();
            for (int s = 1; s <= stations; s++) {
                scopes.add(new String[] {"STATION", String.format("%s-%04d", prefix, s), prefix + "-镇" + (s % towns + 1)});
            }
            for (int t = 1; t <= towns; t++) {
                scopes.add(new String[] {"TOWN", prefix + "-镇" + t, prefix + "-镇" + t});
            }
            scopes.add(new String[] {"CITY", "CITY", null});
            Timestamp now = Timestamp.from(Instant.now());
            int pending = 0;
            for (String[] scope : scopes) {
                for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                    int aqi = 20 + random.nextInt(200);
                    insert.setString(1, scope[0]);
                    insert.setString(2, scope[1]);
                    insert.setString(3, scope[0].equals("CITY") ? null : scope[2]);
                    insert.setObject(4, day);
                    insert.setBigDecimal(5, java.math.BigDecimal.valueOf(3 + random.nextInt(20)));
                    insert.setBigDecimal(6, java.math.BigDecimal.valueOf(10 + random.nextInt(60)));
                    insert.setBigDecimal(7, java.math.BigDecimal.valueOf(20 + random.nextInt(100)));
                    insert.setBigDecimal(8, java.math.BigDecimal.valueOf(8 + random.nextInt(70)));
                    insert.setBigDecimal(9, java.math.BigDecimal.valueOf(4 + random.nextInt(16), 1));
                    insert.setBigDecimal(10, java.math.BigDecimal.valueOf(30 + random.nextInt(200)));
                    insert.setBigDecimal(11, java.math.BigDecimal.valueOf(40 + random.nextInt(220)));
                    insert.setInt(12, aqi);
                    insert.setInt(13, aqi <= 50 ? 1 : aqi <= 100 ? 2 : aqi <= 150 ? 3 : aqi <= 200 ? 4 : 5);
                    insert.setString(14, aqi > 50 ? "pm25" : null);
                    insert.setTimestamp(15, now);
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    static Connection openAirDatabase(Suite suite, BenchOptions options) throws Exception {
        if (options.postgres()) {
            return DriverManager.getConnection(options.postgresUrl("air-service"), options.postgresUser(),
                    options.postgresPassword());
        }
        return DriverManager.getConnection("jdbc:h2:file:" + suite.dataDir().resolve("air/air")
                + ";NON_KEYWORDS=DAY,VALUE", "sa", "");
    }

    /** Milliseconds of one answered GET (status 200 required). */
    double timeGet(String service, String path) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(suite.url(service) + path))
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - started) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return millis;
    }

    // ---------------------------------------------------------------- plumbing

    private void awaitStationHour(String stationId, Instant hourEnd, int maxSeconds) throws Exception {
        long deadline = System.currentTimeMillis() + maxSeconds * 1000L;
        String url = suite.url("air-service") + "/api/air/reports/hourly/stations/" + stationId + "/latest";
        long failingSince = 0;
        while (true) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                // a service that keeps failing will not finish the run: stop rather than wait out the deadline
                failingSince = failingSince == 0 ? System.currentTimeMillis() : failingSince;
                if (System.currentTimeMillis() - failingSince > 30_000) {
                    throw new IllegalStateException("air-service has answered " + response.statusCode()
                            + " for 30 s: " + response.body() + " (see " + suite.logs().resolve("air-service.log") + ")");
                }
            } else {
                failingSince = 0;
            }
            if (response.statusCode() == 200) {
                JsonNode time = json.readTree(response.body()).path("time");
                if (time.isTextual() && !OffsetDateTime.parse(time.asText()).toInstant().isBefore(hourEnd)) {
                    return;
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("no assessed report of " + stationId + " at " + hourEnd + " after "
                        + maxSeconds + " s (last answer " + response.statusCode() + ")");
            }
            Thread.sleep(100);
        }
    }

    private static final Map<String, byte[]> CONSTANT_HEADERS = new ConcurrentHashMap<>();

    private ProducerRecord<String, String> observationRecord(StationSet stations, int station, Instant hourEnd) {
        String id = stations.id(station);
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, (id + "/" + hourEnd.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.SOURCE, constant("/bench/data-logger"));
        headers.add(CloudEventHeaders.TYPE, constant(EventType.AIR_OBSERVATION_REPORTED.type()));
        headers.add(CloudEventHeaders.SPEC_VERSION, constant(CloudEventHeaders.SPEC_VERSION_1_0));
        headers.add(CloudEventHeaders.TIME, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.CONTENT_TYPE, constant(CloudEventHeaders.JSON));
        return new ProducerRecord<>(Topics.AIR_OBSERVATIONS, null, id, stations.observation(station, hourEnd), headers);
    }

    private static byte[] constant(String value) {
        return CONSTANT_HEADERS.computeIfAbsent(value, v -> v.getBytes(StandardCharsets.UTF_8));
    }

    /** A producer with the suite's own settings (acks=all, idempotence, lz4, 5 ms linger, 64 KiB batches). */
    private KafkaProducer<String, String> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrap()));
    }

    /** The sum of a group's committed offsets on a topic: how many of its records the group has processed. */
    private static long committed(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        long sum = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : offsets.entrySet()) {
            if (entry.getKey().topic().equals(topic) && entry.getValue() != null) {
                sum += entry.getValue().offset();
            }
        }
        return sum;
    }
}
