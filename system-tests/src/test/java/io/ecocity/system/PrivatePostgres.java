package io.ecocity.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL cluster of a test's own (Debian's binaries under /usr/lib/postgresql/<version>/bin, a data directory
 * under the test's work folder, a free port, trust authentication), so the test may stop and start it; the machine's
 * shared server is never touched. As root (CI), the binaries run as the {@code postgres} user, since PostgreSQL
 * refuses to run as root.
 */
final class PrivatePostgres implements AutoCloseable {

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;

    private PrivatePostgres(Path bin, Path data, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** A fresh cluster in {@code dir} (emptied first), started; the test is skipped where the binaries are absent. */
    static PrivatePostgres start(Path dir) throws IOException, InterruptedException {
        Path bin = newestBin();
        Assumptions.assumeTrue(bin != null, "no PostgreSQL binaries under /usr/lib/postgresql/*/bin: the database"
                + " outage case needs a cluster of its own to stop");
        boolean root = "root".equals(System.getProperty("user.name"));
        Assumptions.assumeTrue(!root || Files.isExecutable(Path.of("/usr/sbin/runuser")),
                "running as root without runuser: PostgreSQL cannot be started as the postgres user");
        Path absolute = dir.toAbsolutePath();
        deleteRecursively(absolute);
        Files.createDirectories(absolute);
        Path data = absolute.resolve("data");
        PrivatePostgres postgres = new PrivatePostgres(bin, data, freePort(), root);
        if (root) {
            run(List.of("chown", "postgres:postgres", absolute.toString()), absolute);
        }
        postgres.runAsOwner(absolute, "initdb", "-D", data.toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                "--locale=C", "--no-sync");
        postgres.startAgain();
        return postgres;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void createDatabase(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "trust");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
    }

    /** Starts the server on its data directory and waits until it accepts connections. */
    void startAgain() throws IOException, InterruptedException {
        runAsOwner(data.getParent(), "pg_ctl", "-D", data.toString(), "-l", data.getParent().resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data.getParent(), "start");
    }

    /** A fast shutdown: sessions are ended, nothing committed is lost. */
    void stop() throws IOException, InterruptedException {
        runAsOwner(data.getParent(), "pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            runAsOwner(data.getParent(), "pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        }
    }

    private void runAsOwner(Path dir, String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("/usr/sbin/runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        run(command, dir);
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path log = dir.resolve("commands.log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
        }
    }

    private static Path newestBin() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> versionOf(b.getParent().getFileName().toString())))
                    .orElse(null);
        }
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\..*", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
