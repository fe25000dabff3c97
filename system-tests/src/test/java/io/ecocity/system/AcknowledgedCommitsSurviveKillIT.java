package io.ecocity.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a service has committed survives kill -9 the moment after, on the embedded H2 database exactly as each
 * service's application.properties opens it (the URL of ./ecocity run): a real H2 file, a real process, a real
 * SIGKILL. The REST path adds nothing to durability beyond answering 2xx after the commit.
 */
class AcknowledgedCommitsSurviveKillIT {

    private static final int ROWS = 300;
    private final Path root = Path.of(System.getProperty("ecocity.root", "..")).toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"air-service", "water-service", "waste-service", "gateway"})
    void everyAcknowledgedCommitIsThereOnceAfterKillNine(String service) throws Exception {
        Path data = Path.of(System.getProperty("ecocity.it.work", "target/system-it"))
                .toAbsolutePath().resolve("kill-nine").resolve(service);
        deleteRecursively(data);
        Files.createDirectories(data);
        String url = embeddedUrlOf(service).replace("${ECOCITY_DATA_DIR:data}", data.toString());

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitOneAtATime.class.getName(), url,
                Integer.toString(ROWS))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("ack ")) {
                    acknowledged = Integer.parseInt(line.substring(4));
                    if (acknowledged == ROWS) {
                        break;
                    }
                }
            }
        } finally {
            // SIGKILL on Linux: no shutdown hook, no close of the database
            child.destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child did not die");
        }
        assertEquals(ROWS, acknowledged, "the child stopped before acknowledging every row");

        List<Integer> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement select = connection.createStatement()) {
            // a database that lost even the table's creation has lost every row
            try (ResultSet tables = select.executeQuery("select count(*) from information_schema.tables"
                    + " where lower(table_name) = 'acknowledged'")) {
                tables.next();
                if (tables.getInt(1) == 1) {
                    try (ResultSet rows = select.executeQuery("select id from acknowledged order by id")) {
                        while (rows.next()) {
                            ids.add(rows.getInt(1));
                        }
                    }
                }
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            expected.add(i);
        }
        assertEquals(expected, ids, service + ": acknowledged rows lost by kill -9 (" + ids.size() + " of " + ROWS
                + " there) with " + url);
    }

    /** The H2 file URL of the service's default (embedded) profile, as its application.properties has it. */
    private String embeddedUrlOf(String service) throws IOException {
        for (String line : Files.readAllLines(root.resolve(service + "/src/main/resources/application.properties"))) {
            if (line.startsWith("quarkus.datasource.jdbc.url=jdbc:h2:file:")) {
                return line.substring("quarkus.datasource.jdbc.url=".length()).trim();
            }
        }
        throw new IllegalStateException(service + " has no embedded H2 file URL");
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var all = Files.walk(path)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
