package io.ecocity.system;

import io.ecocity.demo.load.SuiteCredentials;
import io.ecocity.events.access.AccessTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The broker and the four packaged services as separate operating-system processes, on free ports, configured the
 * way the compose file configures them (prod profile, PostgreSQL, the broker's bootstrap address), with their security
 * on: every service verifies bearer tokens against the key pair made in the suite's own folder
 * ({@code <work>/security}), and every write the tests send carries a token of that key ({@link #authorization()}).
 */
final class SuiteProcesses implements AutoCloseable {

    static final List<String> SERVICES = List.of("air-service", "water-service", "waste-service", "gateway");
    /** The tests write as the demo does, and acknowledge alerts as the duty office. */
    static final List<String> ROLES = Stream.concat(SuiteCredentials.DEMO_ROLES.stream(),
            Stream.of("alerts:acknowledge")).toList();

    private final Path root = Path.of(System.getProperty("ecocity.root", "..")).toAbsolutePath().normalize();
    private final Path work;
    private final String dbUrlPrefix;
    private final String dbUser = System.getProperty("ecocity.it.db.user", "postgres");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final int kafkaPort;
    private final int controllerPort;
    private final Path publicKey;
    private final Path privateKey;
    private final String authorization;

    SuiteProcesses() throws IOException {
        this(null);
    }

    /**
     * A suite of its own beside others in the same run: its broker's log and the process logs under
     * {@code <work>/<name>}, and the databases {@code <prefix><name>_air} … {@code <prefix><name>_gateway}, which the
     * caller creates.
     */
    SuiteProcesses(String name) throws IOException {
        Path base = Path.of(System.getProperty("ecocity.it.work", "target/system-it")).toAbsolutePath();
        String prefix = System.getProperty("ecocity.it.db.url-prefix");
        work = name == null ? base : base.resolve(name);
        dbUrlPrefix = name == null ? prefix : prefix + name + "_";
        Files.createDirectories(work);
        publicKey = SuiteCredentials.ensureKeyPair(SuiteCredentials.keyFolder(work));
        privateKey = publicKey.resolveSibling(AccessTokens.PRIVATE_KEY_FILE);
        authorization = "Bearer " + SuiteCredentials.mint(SuiteCredentials.readKey(privateKey), "ecocity-system-tests",
                ROLES, Duration.ofHours(12));
        kafkaPort = freePort();
        controllerPort = freePort();
        for (String service : SERVICES) {
            ports.put(service, freePort());
        }
    }

    /**
     * A suite of its own, started from nothing: its folder emptied and its databases ({@code <prefix><name>_air} …)
     * dropped and created again on the PostgreSQL server of the other system tests.
     */
    static SuiteProcesses fresh(String name) throws IOException, SQLException {
        Path base = Path.of(System.getProperty("ecocity.it.work", "target/system-it")).toAbsolutePath();
        deleteRecursively(base.resolve(name));
        String prefix = System.getProperty("ecocity.it.db.url-prefix");
        String server = prefix.substring(0, prefix.lastIndexOf('/') + 1) + "postgres";
        String databasePrefix = prefix.substring(prefix.lastIndexOf('/') + 1) + name + "_";
        try (Connection connection = DriverManager.getConnection(server,
                System.getProperty("ecocity.it.db.user", "postgres"), "trust-authentication-ignores-it");
             Statement statement = connection.createStatement()) {
            for (String service : SERVICES) {
                String database = databasePrefix + service.replace("-service", "");
                statement.execute("drop database if exists " + database + " with (force)");
                statement.execute("create database " + database);
            }
        }
        return new SuiteProcesses(name);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    String baseUrl(String service) {
        return "http://localhost:" + ports.get(service);
    }

    String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    /** The {@code Authorization} header of the tests' writes: a token of every role the tests need. */
    String authorization() {
        return authorization;
    }

    /** The private key the services' tokens are signed with, for a client that mints its own (the demo loader). */
    Path privateKey() {
        return privateKey;
    }

    void startBroker() throws IOException, InterruptedException {
        Path dir = work.resolve("kafka");
        Path logDir = dir.resolve("log");
        Files.createDirectories(logDir);
        Path properties = dir.resolve("server.properties");
        Files.writeString(properties, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + kafkaPort + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + kafkaPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + logDir,
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true", ""));
        String classpath = root.resolve("kafka-local/target/broker-lib").toString() + "/*";
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            String clusterId = kafkaClusterId();
            Process format = new ProcessBuilder(java(), "-cp", classpath, "kafka.tools.StorageTool", "format",
                    "--ignore-formatted", "-t", clusterId, "-c", properties.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log("kafka").toFile()))
                    .start();
            if (format.waitFor() != 0) {
                throw new IllegalStateException("formatting the Kafka log failed; see " + log("kafka"));
            }
        }
        Process broker = new ProcessBuilder(java(), "-Xmx512m", "-cp", classpath, "kafka.Kafka", properties.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log("kafka").toFile()))
                .start();
        processes.put("kafka", broker);
        awaitPort(kafkaPort, Duration.ofSeconds(60), "kafka");
    }

    /** Stops the broker the way an outage would: the process is gone, its data stays. */
    void stopBroker() throws InterruptedException {
        Process broker = processes.remove("kafka");
        broker.destroy();
        if (!broker.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            broker.destroyForcibly().waitFor();
        }
    }

    /** SIGKILL (on Linux) of the broker or a service: no shutdown hook runs, nothing is flushed or closed. */
    void kill(String name) throws InterruptedException {
        Process process = processes.remove(name);
        process.destroyForcibly();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " did not die within 30 s of SIGKILL");
        }
    }

    /** SIGTERM of a service and the wait for its exit: its shutdown runs (its consumer leaves its group at once). */
    void stop(String name) throws InterruptedException {
        Process process = processes.remove(name);
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Waits until the service answers 200 on /q/health/ready; returns the milliseconds it took. */
    long awaitReady(String service, Duration timeout) throws IOException, InterruptedException {
        Instant start = Instant.now();
        while (status(baseUrl(service) + "/q/health/ready") != 200) {
            Process process = processes.get(service);
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(service + " exited with " + process.exitValue() + ":\n" + tail(service));
            }
            if (Instant.now().isAfter(start.plus(timeout))) {
                throw new IllegalStateException(service + " not ready after " + timeout + "\n" + tail(service));
            }
            Thread.sleep(100);
        }
        return Duration.between(start, Instant.now()).toMillis();
    }

    void startService(String service) throws IOException {
        startService(service, Map.of());
    }

    /** The service as {@link #startService(String)} starts it, with some of its environment replaced. */
    void startService(String service, Map<String, String> environment) throws IOException {
        String name = service.replace("-service", "");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_PROFILE", "prod");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service)));
        env.put("ECOCITY_KAFKA_BOOTSTRAP", bootstrapServers());
        env.put("ECOCITY_DB_URL", dbUrlPrefix + name);
        env.put("ECOCITY_DB_USER", dbUser);
        env.put("ECOCITY_DB_PASSWORD", "trust-authentication-ignores-it");
        // security on, as in production: tokens of the suite's own key and issuer
        env.put("ECOCITY_SECURITY_ENABLED", "true");
        env.put("ECOCITY_JWT_PUBLIC_KEY_LOCATION", "file:" + publicKey);
        env.put("ECOCITY_JWT_ISSUER", SuiteCredentials.LOCAL_ISSUER);
        for (String other : SERVICES) {
            if (!other.equals("gateway")) {
                env.put("ECOCITY_" + other.replace("-service", "").toUpperCase() + "_URL", baseUrl(other));
            }
        }
        env.putAll(environment);
        ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx256m", "-jar",
                root.resolve(service + "/target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(service).toFile()));
        builder.environment().putAll(env);
        processes.put(service, builder.start());
    }

    /** Waits until every service answers 200 on /q/health/ready; returns the seconds it took. */
    long awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        List<String> waiting = new ArrayList<>(SERVICES);
        while (!waiting.isEmpty()) {
            for (String service : List.copyOf(waiting)) {
                Process process = processes.get(service);
                if (!process.isAlive()) {
                    throw new IllegalStateException(service + " exited with " + process.exitValue() + ":\n" + tail(service));
                }
                if (status(baseUrl(service) + "/q/health/ready") == 200) {
                    waiting.remove(service);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not ready after " + timeout + ": " + waiting + "\n"
                        + tail(waiting.get(0)));
            }
            Thread.sleep(250);
        }
        return Duration.between(start, Instant.now()).toSeconds();
    }

    int status(String url) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String url, String body) throws IOException, InterruptedException {
        return postJson(url, body, authorization);
    }

    /** A POST with this {@code Authorization} header, or none when it is null. */
    HttpResponse<String> postJson(String url, String body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String tail(String name) {
        try {
            List<String> lines = Files.readAllLines(log(name));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        List<String> names = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(names);
        for (String name : names) {
            Process process = processes.get(name);
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        processes.clear();
    }

    private String kafkaClusterId() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(java(), "-cp", root.resolve("kafka-local/target/broker-lib") + "/*",
                "kafka.tools.StorageTool", "random-uuid").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String id = new String(process.getInputStream().readAllBytes()).trim();
        if (process.waitFor() != 0 || id.isEmpty()) {
            throw new IllegalStateException("kafka-storage random-uuid failed");
        }
        return id;
    }

    private Path log(String name) {
        return work.resolve(name + ".log");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void awaitPort(int port, Duration timeout, String name) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new Socket("localhost", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException(name + " did not open port " + port + " within " + timeout);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
