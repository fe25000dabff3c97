package io.ecocity.bench;

import io.ecocity.bench.ResultTable.Goal;
import io.ecocity.bench.ResultTable.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark: starts the suite, runs each workload {@code --runs} times, prints the table and writes it to
 * {@code bench/results/}. See {@link BenchOptions#usage()} and the README's Performance section.
 */
public final class Bench {

    private static final int READ_CONNECTIONS = 8;
    private static final int RATE_CONNECTIONS = 32;

    private final Path root;
    private final BenchOptions options;
    private final ResultTable table = new ResultTable();
    private final Map<String, List<Double>> readyMillis = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    private Bench(Path root, BenchOptions options) {
        this.root = root;
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(BenchOptions.usage());
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path root = Path.of(System.getProperty("ecocity.root", ".")).toAbsolutePath().normalize();
        new Bench(root, options).run();
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "%s " + format + "%n",
                prepend(DateTimeFormatter.ofPattern("HH:mm:ss").format(java.time.LocalTime.now()), args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private void run() throws Exception {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path dataDir = root.resolve("bench/target/work-" + stamp);
        Files.createDirectories(dataDir);
        String loadAtStart = loadAverage();
        log("EcoCity benchmark: %s, %d run(s) a workload, data and logs in %s", options.quick() ? "quick" : "full",
                options.runs(), dataDir);
        if (options.postgres()) {
            recreateDatabases();
        }
        try (Suite suite = new Suite(root, dataDir, options)) {
            // Ctrl-C or a kill must not leave the broker and the services running
            Thread stopper = new Thread(suite::close, "bench-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            log("starting Kafka on %d ...", suite.port("kafka"));
            log("  broker ready in %d ms", suite.startKafka());
            for (String service : Suite.SERVICES) {
                long millis = suite.startService(service);
                log("  %s ready in %d ms (first start, empty database)", service, millis);
            }
            Workloads workloads = new Workloads(suite, root);
            attempt("kafka", () -> kafkaIngest(suite, workloads));
            attempt("rest", () -> restIngest(suite, workloads));
            attempt("latency", () -> endToEnd(suite, workloads));
            attempt("reads", () -> gatewayReads(suite));
            attempt("statistics", () -> statistics(suite, workloads));
            attempt("footprint", () -> footprint(suite));
        }
        String text = table.text();
        System.out.println();
        System.out.println(text);
        String preamble = String.join("\n",
                "# EcoCity benchmark " + stamp,
                "",
                "- command: `bench/run" + (options.quick() ? " --quick" : "") + "` (" + options.runs() + " runs a workload, "
                        + (options.postgres() ? "PostgreSQL" : "H2 files") + ")",
                "- machine: " + machine(),
                "- load average at start: " + loadAtStart + "; at the end: " + loadAverage(),
                failures.isEmpty() ? "" : "- workloads that failed: " + String.join("; ", failures),
                "");
        Path results = root.resolve("bench/results");
        table.write(results, stamp + (options.quick() ? "-quick" : ""), preamble);
        table.write(results, options.quick() ? "latest-quick" : "latest", preamble);
        log("table written to %s", results.resolve(stamp + (options.quick() ? "-quick" : "") + ".md"));
    }

    // ---------------------------------------------------------------- workloads

    private interface Workload {
        void run() throws Exception;
    }

    /** Runs a workload the options ask for; one that fails is reported and the others still run. */
    private void attempt(String name, Workload workload) {
        if (!options.runs(name)) {
            return;
        }
        try {
            workload.run();
        } catch (Exception e) {
            log("workload %s FAILED: %s", name, e);
            failures.add(name + ": " + e.getMessage());
        }
    }

    private void kafkaIngest(Suite suite, Workloads workloads) throws Exception {
        log("Kafka ingest: %d s sustained per run, beside ProducerPerformance", options.ingestSeconds());
        double[] ingest = new double[options.runs()];
        double[] raw = new double[options.runs()];
        List<String> loads = new ArrayList<>();
        for (int run = 0; run < options.runs(); run++) {
            raw[run] = workloads.producerPerformance(options.quick() ? 1_000_000 : 3_000_000);
            ingest[run] = workloads.kafkaIngest("K" + (run + 1), options.ingestSeconds());
            loads.add(loadAverage());
        }
        table.add(new Row("Kafka ingest", "observations/s, air.observations → assessed", "obs/s", ingest,
                "ProducerPerformance, same payloads", raw, Goal.atLeast(30_000), Goal.atLeast(0.30), range(loads)));
    }

    private void restIngest(Suite suite, Workloads workloads) throws Exception {
        int seconds = options.quick() ? 10 : 15;
        log("REST ingest: batches of 1,000 from 4 posters at once, %d s per run", seconds);
        double[] accepted = new double[options.runs()];
        double[] processed = new double[options.runs()];
        List<String> loads = new ArrayList<>();
        for (int run = 0; run < options.runs(); run++) {
            double[] result = workloads.restIngest("R" + (run + 1), seconds, 4);
            accepted[run] = result[0];
            processed[run] = result[1];
            loads.add(loadAverage());
        }
        table.add(new Row("REST ingest", "observations/s accepted (200)", "obs/s", accepted, null, null,
                Goal.atLeast(20_000), null, range(loads)));
        table.add(new Row("REST ingest", "observations/s to assessed reports", "obs/s", processed, null, null, null, null,
                range(loads)));
    }

    private void endToEnd(Suite suite, Workloads workloads) throws Exception {
        log("End-to-end latency: 1,000 observations/s on a fixed schedule, %d s per run", options.latencySeconds());
        double[] p50 = new double[options.runs()];
        double[] p99 = new double[options.runs()];
        double[] max = new double[options.runs()];
        List<String> loads = new ArrayList<>();
        for (int run = 0; run < options.runs(); run++) {
            Instant first = Workloads.LATENCY_FROM.plusSeconds(run * 10L * 86_400);
            double[] latencies = workloads.endToEnd("E" + (run + 1), first, 1000, options.latencySeconds());
            p50[run] = percentile(latencies, 50);
            p99[run] = percentile(latencies, 99);
            max[run] = Arrays.stream(latencies).max().orElse(Double.NaN);
            log("  p50 %.0f ms, p99 %.0f ms, max %.0f ms over %d hours", p50[run], p99[run], max[run], latencies.length);
            loads.add(loadAverage());
        }
        String load = range(loads);
        table.add(new Row("End-to-end at 1,000 obs/s", "p50, publish → gateway view", "ms", p50, null, null, null, null, load));
        table.add(new Row("End-to-end at 1,000 obs/s", "p99, publish → gateway view", "ms", p99, null, null,
                Goal.atMost(500), null, load));
        table.add(new Row("End-to-end at 1,000 obs/s", "max, publish → gateway view", "ms", max, null, null, null, null, load));
    }

    private void gatewayReads(Suite suite) throws Exception {
        int seconds = options.readSeconds();
        log("Gateway reads: saturation with %d connections, then 1,000 requests/s, %d s each", READ_CONNECTIONS, seconds);
        int port = suite.port("gateway");
        String overview = "/api/city/overview";
        String trivial = "/q/health/live";
        // warm-up: the JIT and the connection pools, not measured
        HttpLoad.saturate(port, overview, READ_CONNECTIONS, 3);
        HttpLoad.saturate(port, trivial, READ_CONNECTIONS, 2);
        double[] overviewSaturation = new double[options.runs()];
        double[] trivialSaturation = new double[options.runs()];
        double[] overviewP99 = new double[options.runs()];
        double[] trivialP99 = new double[options.runs()];
        double[] overviewP50 = new double[options.runs()];
        double[] trivialP50 = new double[options.runs()];
        List<String> loads = new ArrayList<>();
        for (int run = 0; run < options.runs(); run++) {
            HttpLoad.Throughput o = HttpLoad.saturate(port, overview, READ_CONNECTIONS, seconds);
            HttpLoad.Throughput t = HttpLoad.saturate(port, trivial, READ_CONNECTIONS, seconds);
            overviewSaturation[run] = o.perSecond();
            trivialSaturation[run] = t.perSecond();
            AtomicLong failures = new AtomicLong();
            double[] ol = micros(HttpLoad.fixedRate(port, overview, 1000, seconds, RATE_CONNECTIONS, failures));
            double[] tl = micros(HttpLoad.fixedRate(port, trivial, 1000, seconds, RATE_CONNECTIONS, failures));
            if (o.failed() + t.failed() + failures.get() > 0) {
                log("  %d failed requests", o.failed() + t.failed() + failures.get());
            }
            overviewP99[run] = percentile(ol, 99);
            trivialP99[run] = percentile(tl, 99);
            overviewP50[run] = percentile(ol, 50);
            trivialP50[run] = percentile(tl, 50);
            log("  overview %,.0f req/s, p99 %.1f ms at 1,000/s; trivial %,.0f req/s, p99 %.1f ms",
                    overviewSaturation[run], overviewP99[run], trivialSaturation[run], trivialP99[run]);
            loads.add(loadAverage());
        }
        String load = range(loads);
        table.add(new Row("Gateway reads", "GET /api/city/overview at saturation", "req/s", overviewSaturation,
                "GET /q/health/live", trivialSaturation, Goal.atLeast(5000), null, load));
        table.add(new Row("Gateway reads", "overview p50 at 1,000 req/s", "ms", overviewP50, "GET /q/health/live",
                trivialP50, null, null, load));
        table.add(new Row("Gateway reads", "overview p99 at 1,000 req/s", "ms", overviewP99, "GET /q/health/live",
                trivialP99, Goal.atMost(20), null, load));
    }

    private void statistics(Suite suite, Workloads workloads) throws Exception {
        log("Statistics: a year of daily values for 50 stations (2010) and for 1,000 stations (2012)");
        if (!options.postgres()) {
            // the embedded database is the service's own file: load it while the service is stopped
            suite.stop("air-service");
        }
        try (Connection connection = Workloads.openAirDatabase(suite, options)) {
            long started = System.nanoTime();
            workloads.loadDailyValues(connection, "Y50", 2010, 50, 5);
            workloads.loadDailyValues(connection, "Y1000", 2012, 1000, 20);
            log("  loaded %,d daily values in %.1f s", 366 * 26 + 366 * 1021, (System.nanoTime() - started) / 1e9);
        }
        if (!options.postgres()) {
            long millis = suite.startService("air-service");
            readyMillis.computeIfAbsent("air-service", k -> new ArrayList<>()).add((double) millis);
        }
        suite.awaitQuiet(300);
        int samples = Math.max(options.runs(), 5);
        String load = loadAverage();
        measureGet(workloads, "Statistics, 50 stations", "city year statistic", "/api/air/statistics/city?period=2010",
                samples, Goal.atMost(200), load);
        measureGet(workloads, "Statistics, 50 stations", "station ranking (composite index)",
                "/api/air/statistics/rankings/stations?assessedOnly=false&period=2010", samples, null, load);
        measureGet(workloads, "Statistics, 1,000 stations", "city year statistic", "/api/air/statistics/city?period=2012",
                samples, Goal.atMost(2000), load);
        measureGet(workloads, "Statistics, 1,000 stations", "station ranking (composite index)",
                "/api/air/statistics/rankings/stations?assessedOnly=false&period=2012", samples, null, load);
    }

    private void measureGet(Workloads workloads, String workload, String figure, String path, int samples, Goal goal,
                            String load) throws Exception {
        for (int i = 0; i < 3; i++) {
            workloads.timeGet("air-service", path);
        }
        double[] millis = new double[samples];
        for (int i = 0; i < samples; i++) {
            millis[i] = workloads.timeGet("air-service", path);
        }
        log("  %s, %s: median %.0f ms", workload, figure, ResultTable.median(millis));
        table.add(new Row(workload, figure, "ms", millis, null, null, goal, null, load));
    }

    private void footprint(Suite suite) throws Exception {
        if (options.demoDays() > 0) {
            loadDemo(suite);
        }
        suite.awaitQuiet(120);
        log("Footprint: resident memory after the load, then each service restarted %d times", options.runs());
        List<String> names = suite.running();
        Map<String, double[]> rss = new LinkedHashMap<>();
        double[] total = new double[options.runs()];
        for (int run = 0; run < options.runs(); run++) {
            for (String name : names) {
                double mb = suite.residentBytes(name) / 1_048_576.0;
                rss.computeIfAbsent(name, k -> new double[options.runs()])[run] = mb;
                total[run] += mb;
            }
            Thread.sleep(1000);
        }
        String load = loadAverage();
        for (String service : Suite.SERVICES) {
            for (int run = 0; run < options.runs(); run++) {
                suite.stop(service);
                readyMillis.computeIfAbsent(service, k -> new ArrayList<>()).add((double) suite.startService(service));
            }
        }
        for (String service : Suite.SERVICES) {
            double[] ready = readyMillis.get(service).stream().mapToDouble(Double::doubleValue).toArray();
            table.add(new Row("Footprint", service + " time to ready (restart with data)", "ms", ready, null, null,
                    Goal.atMost(3000), null, load));
        }
        for (Map.Entry<String, double[]> entry : rss.entrySet()) {
            boolean broker = entry.getKey().equals("kafka");
            table.add(new Row("Footprint", (broker ? "Kafka broker" : entry.getKey()) + " resident memory after load", "MB",
                    entry.getValue(), null, null, broker ? null : Goal.atMost(300), null, load));
        }
        table.add(new Row("Footprint", "whole suite with its broker, resident", "MB", total, null, null,
                Goal.atMost(1536), null, load));
    }

    private void loadDemo(Suite suite) throws Exception {
        Path demoLib = root.resolve("demo/target/demo-lib");
        Path demoJar;
        try (var jars = Files.list(root.resolve("demo/target"))) {
            demoJar = jars.filter(p -> p.getFileName().toString().matches("demo-.*\\.jar")).findFirst().orElse(null);
        } catch (IOException e) {
            demoJar = null;
        }
        if (demoJar == null || !Files.isDirectory(demoLib)) {
            log("  the demo is not built (./ecocity build): footprint read after the benchmark's own load only");
            return;
        }
        LocalDate from = LocalDate.now(StationSet.BEIJING).minusDays(options.demoDays());
        log("Loading the demo city from %s (the footprint is read after it) ...", from);
        List<String> command = List.of("java", "-Xmx512m", "-cp", demoLib.toAbsolutePath() + "/*:" + demoJar.toAbsolutePath(),
                "io.ecocity.demo.DemoLoader", "load", "--from", from.toString(), "--air", suite.url("air-service"),
                "--water", suite.url("water-service"), "--waste", suite.url("waste-service"), "--gateway",
                suite.url("gateway"), "--kafka", suite.bootstrap(), "--key", suite.privateKey().toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(suite.logs().resolve("demo.log").toFile())).start();
        long started = System.nanoTime();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroy();
            process.waitFor();
            log("  the demo load took over 20 minutes and was stopped (log: %s)", suite.logs().resolve("demo.log"));
            return;
        }
        int exit = process.exitValue();
        log("  demo load %s in %.0f s (log: %s)", exit == 0 ? "finished" : "FAILED (exit " + exit + ")",
                (System.nanoTime() - started) / 1e9, suite.logs().resolve("demo.log"));
    }

    // ---------------------------------------------------------------- helpers

    private void recreateDatabases() throws Exception {
        String url = "jdbc:postgresql://" + options.postgresHost() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, options.postgresUser(), options.postgresPassword());
             Statement statement = connection.createStatement()) {
            for (String service : Suite.SERVICES) {
                String database = options.postgresDatabase(service);
                statement.execute("drop database if exists " + database + " with (force)");
                statement.execute("create database " + database);
            }
        }
    }

    private static double[] micros(long[] latencies) {
        return Arrays.stream(latencies).mapToDouble(l -> l / 1000.0).toArray();
    }

    static double percentile(double[] samples, double percent) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String range(List<String> loads) {
        double[] values = loads.stream().filter(l -> !l.equals("?")).mapToDouble(Double::parseDouble).toArray();
        if (values.length == 0) {
            return "?";
        }
        double min = Arrays.stream(values).min().getAsDouble();
        double max = Arrays.stream(values).max().getAsDouble();
        return min == max ? String.format(Locale.ROOT, "%.2f", min) : String.format(Locale.ROOT, "%.2f–%.2f", min, max);
    }

    private static String machine() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException e) {
            // the CPU model is only a label
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + Math.round(totalMemoryGiB()) + " GiB, Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    private static double totalMemoryGiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1_048_576.0;
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return Double.NaN;
    }
}
