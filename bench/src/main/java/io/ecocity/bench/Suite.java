package io.ecocity.bench;

import io.ecocity.demo.load.SuiteCredentials;
import io.ecocity.events.access.AccessTokens;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The broker and the four packaged services as separate processes, started the way {@code ./ecocity run} starts them
 * (same JVM options, same embedded profile) but on their own ports and data folder, so a benchmark runs beside a suite
 * already running on the default ports and never touches its data. As ./ecocity run, it makes a token key pair in its
 * data folder ({@code security/}), starts every service verifying tokens against it, and gives the workloads a token
 * of the roles they write with ({@link #authorization()}).
 */
final class Suite implements AutoCloseable {

    static final List<String> SERVICES = List.of("air-service", "water-service", "waste-service", "gateway");

    /**
     * The JVM options ./ecocity run gives every service beside -Xmx and the serial collector (its SERVICE_JVM_OPTS,
     * measured by bench/footprint.sh): a heap that starts small and gives back what it no longer needs. With them,
     * MALLOC_ARENA_MAX=2 and the class data sharing archive when the build made one, as ./ecocity run starts them.
     */
    static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xms32m", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30");
    /** The broker's, as ./ecocity run's KAFKA_JVM_OPTS. */
    static final List<String> KAFKA_JVM_OPTIONS = List.of("-Xms32m", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30");

    private final Path root;
    private final Path dataDir;
    private final BenchOptions options;
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path publicKey;
    private final String authorization;

    Suite(Path root, Path dataDir, BenchOptions options) {
        this.root = root;
        this.dataDir = dataDir;
        this.options = options;
        this.publicKey = SuiteCredentials.ensureKeyPair(SuiteCredentials.keyFolder(dataDir.toAbsolutePath()));
        // the workloads register stations (admin) and post observations (ingest:air)
        this.authorization = "Bearer " + SuiteCredentials.mint(
                SuiteCredentials.readKey(publicKey.resolveSibling(AccessTokens.PRIVATE_KEY_FILE)), "ecocity-bench",
                List.of("admin", "ingest:air"), Duration.ofHours(24));
        int base = options.basePort();
        ports.put("gateway", base);
        ports.put("air-service", base + 1);
        ports.put("water-service", base + 2);
        ports.put("waste-service", base + 3);
        ports.put("kafka", base + 12);
    }

    int port(String name) {
        return ports.get(name);
    }

    String url(String service) {
        return "http://127.0.0.1:" + port(service);
    }

    String bootstrap() {
        return "127.0.0.1:" + port("kafka");
    }

    Path dataDir() {
        return dataDir;
    }

    /** The private key of the suite's tokens, for a client that signs its own (the demo loader). */
    Path privateKey() {
        return publicKey.resolveSibling(AccessTokens.PRIVATE_KEY_FILE);
    }

    /** The {@code Authorization} header of the workloads' writes. */
    String authorization() {
        return authorization;
    }

    Path logs() {
        return dataDir.resolve("logs");
    }

    long pid(String name) {
        return processes.get(name).pid();
    }

    /** Starts the broker and waits until it accepts connections; returns the milliseconds that took. */
    long startKafka() throws IOException, InterruptedException {
        Path dir = dataDir.resolve("kafka");
        Files.createDirectories(dir.resolve("log"));
        Files.createDirectories(logs());
        int port = port("kafka");
        int controller = port + 1;
        Path properties = dir.resolve("server.properties");
        Files.writeString(properties, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controller,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controller,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dir.resolve("log"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "log.retention.hours=168", ""));
        String classpath = root.resolve("kafka-local/target/broker-lib").toAbsolutePath() + "/*";
        if (!Files.exists(dir.resolve("log/meta.properties"))) {
            String clusterId = run(List.of("java", "-cp", classpath, "kafka.tools.StorageTool", "random-uuid")).trim();
            run(List.of("java", "-cp", classpath, "kafka.tools.StorageTool", "format", "--ignore-formatted",
                    "-t", clusterId, "-c", properties.toString()));
        }
        long started = System.nanoTime();
        List<String> broker = new ArrayList<>(List.of("java", "-Xmx" + options.kafkaHeap()));
        broker.addAll(KAFKA_JVM_OPTIONS);
        broker.addAll(List.of("-cp", classpath, "kafka.Kafka", properties.toString()));
        processes.put("kafka", launch("kafka", broker, Map.of("MALLOC_ARENA_MAX", "2"), root));
        long deadline = System.currentTimeMillis() + 60_000;
        while (!portOpen(port)) {
            checkAlive("kafka");
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the broker did not open port " + port + " within 60 s; see " + logs());
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Starts one service and waits until its readiness check answers 200; returns the milliseconds that took. */
    long startService(String module) throws IOException, InterruptedException {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: bench/run builds it, or ./ecocity build");
        }
        Path app = jar.getParent();
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + options.serviceHeap(), "-XX:+UseSerialGC"));
        command.addAll(SERVICE_JVM_OPTIONS);
        if (Files.exists(app.resolve("app-cds.jsa"))) {
            // the archive ./ecocity build makes; it names the class path relative to quarkus-app, hence the folder
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        command.addAll(options.serviceJvmOptions());
        command.add("-Dquarkus.profile=" + (options.postgres() ? "prod" : "local"));
        command.add("-jar");
        command.add("quarkus-run.jar");
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("MALLOC_ARENA_MAX", "2");
        environment.put("ECOCITY_DATA_DIR", dataDir.toString());
        environment.put("ECOCITY_GATEWAY_PORT", Integer.toString(port("gateway")));
        environment.put("ECOCITY_AIR_PORT", Integer.toString(port("air-service")));
        environment.put("ECOCITY_WATER_PORT", Integer.toString(port("water-service")));
        environment.put("ECOCITY_WASTE_PORT", Integer.toString(port("waste-service")));
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port(module)));
        environment.put("ECOCITY_KAFKA_BOOTSTRAP", bootstrap());
        environment.put("ECOCITY_AIR_URL", url("air-service"));
        environment.put("ECOCITY_WATER_URL", url("water-service"));
        environment.put("ECOCITY_WASTE_URL", url("waste-service"));
        environment.put("ECOCITY_JWT_PUBLIC_KEY_LOCATION", "file:" + publicKey);
        environment.put("ECOCITY_JWT_ISSUER", SuiteCredentials.LOCAL_ISSUER);
        if (options.postgres()) {
            environment.put("ECOCITY_DB_URL", options.postgresUrl(module));
            environment.put("ECOCITY_DB_USER", options.postgresUser());
            environment.put("ECOCITY_DB_PASSWORD", options.postgresPassword());
        }
        long started = System.nanoTime();
        processes.put(module, launch(module, command, environment, app));
        long deadline = System.currentTimeMillis() + 120_000;
        while (!ready(module)) {
            checkAlive(module);
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(module + " was not ready within 120 s; see " + logs().resolve(module + ".log"));
            }
            Thread.sleep(20);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    synchronized void stop(String name) throws InterruptedException {
        Process process = processes.remove(name);
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    boolean ready(String module) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url(module) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Resident memory of a process in bytes, from {@code /proc}. */
    long residentBytes(String name) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid(name)), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + name);
    }

    /** CPU time (user + system) a process has used so far, in clock ticks. */
    long cpuTicks(String name) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid(name)), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * Waits until every process of the suite uses less than a tenth of a core over a second (background work such as
     * an assessment backlog or a statistics publication has finished), at most {@code maxSeconds}.
     */
    void awaitQuiet(int maxSeconds) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + maxSeconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            long before = 0;
            for (String name : processes.keySet()) {
                before += cpuTicks(name);
            }
            Thread.sleep(1000);
            long after = 0;
            for (String name : processes.keySet()) {
                after += cpuTicks(name);
            }
            // 100 ticks a second per core: under 10 ticks in a second is under a tenth of a core
            if (after - before < 10) {
                return;
            }
        }
    }

    List<String> running() {
        return List.copyOf(processes.keySet());
    }

    private Process launch(String name, List<String> command, Map<String, String> environment, Path directory)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logs().resolve(name + ".log").toFile()));
        return builder.start();
    }

    private void checkAlive(String name) throws IOException {
        Process process = processes.get(name);
        if (process != null && !process.isAlive()) {
            List<String> log = Files.readAllLines(logs().resolve(name + ".log"), StandardCharsets.UTF_8);
            throw new IllegalStateException(name + " stopped while starting:\n"
                    + String.join("\n", log.subList(Math.max(0, log.size() - 30), log.size())));
        }
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        List<String> names = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(names);
        for (String name : names) {
            try {
                stop(name);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
