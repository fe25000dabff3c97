package io.ecocity.air.service;

import static io.ecocity.air.rest.AirTestData.hour;
import static io.ecocity.air.rest.AirTestData.item;
import static io.ecocity.air.rest.AirTestData.post;
import static io.ecocity.air.rest.AirTestData.station;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What the air pipeline costs the database per observation: a live feed (each REST batch one hour of a few stations,
 * each batch assessed before the next) over several days, with every SQL statement the database executes in the
 * meantime counted by H2's own query statistics (a batched statement counts once per row, as H2 executes it). Real
 * broker (in the test JVM) and H2; nothing is stubbed. Prints the figure and asserts its upper bound, so a change
 * that makes the cost grow with history fails here. On another database the test is skipped (the statistics are H2's).
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class AssessmentCostTest {

    private static final List<String> STATIONS = List.of("COST-1", "COST-2", "COST-3", "COST-4");
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 6, 1);
    private static final int DAYS = 3;
    /** SQL statements per observation this pipeline must stay under (the figure printed is the one measured). */
    private static final double UPPER_BOUND = 24.0;

    @Inject
    DataSource dataSource;

    @Test
    void aLiveFeedCostsABoundedNumberOfStatementsPerObservation() throws SQLException {
        assumeTrue(isH2(), "the statement count is read from H2's query statistics");
        station("COST-1", "成本镇", "NATIONAL", true);
        station("COST-2", "成本镇", "NATIONAL", true);
        station("COST-3", "成本镇", "PROVINCIAL", false);
        station("COST-4", "本钱镇", "NATIONAL", false);
        settled();

        startCounting();
        int observations = 0;
        for (int day = 0; day < DAYS; day++) {
            for (int h = 1; h <= 24; h++) {
                List<String> items = new ArrayList<>();
                for (int s = 0; s < STATIONS.size(); s++) {
                    int pm25 = 20 + (day * 24 + h + 7 * s) % 40;
                    items.add(item(STATIONS.get(s), hour(FIRST_DAY.plusDays(day), h),
                            "\"so2\":" + (5 + s) + ",\"no2\":" + (30 + h % 9) + ",\"pm10\":" + (pm25 + 25)
                                    + ",\"pm25\":" + pm25 + ",\"co\":0.6,\"o3\":" + (40 + 3 * h)));
                }
                post("[" + String.join(",", items) + "]").statusCode(200);
                observations += items.size();
                settled();
            }
        }
        Map<String, Long> counted = stopCounting();
        long total = counted.values().stream().mapToLong(Long::longValue).sum();
        double perObservation = (double) total / observations;
        StringBuilder breakdown = new StringBuilder();
        counted.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
                .forEach(e -> breakdown.append(String.format("%8d  %s%n", e.getValue(),
                        e.getKey().length() > 150 ? e.getKey().substring(0, 150) + "…" : e.getKey())));
        System.out.printf("ASSESSMENT COST: %d observations, %d SQL statements, %.2f per observation%n%s",
                observations, total, perObservation, breakdown);
        assertEquals(STATIONS.size() * 24 * DAYS, observations);
        // each station-hour, and each hour of the two towns and the city, written once and never rewritten
        assertEquals((STATIONS.size() + 3) * 24 * DAYS, executions(counted, "insert into air_hourly_report"));
        assertEquals(0, executions(counted, "update air_hourly_report"));
        assertTrue(perObservation <= UPPER_BOUND,
                String.format("%.2f SQL statements per observation, more than %.2f", perObservation, UPPER_BOUND));
    }

    private static long executions(Map<String, Long> counted, String prefix) {
        return counted.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** Waits until every queued station-day is assessed and every event is handed to the broker. */
    private void settled() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() ->
                probe("select count(*) as probe_pending from air_assessment_pending") == 0
                        && probe("select count(*) as probe_outbox from outbox_event where published_at is null") == 0);
    }

    private long probe(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private boolean isH2() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
        }
    }

    private void startCounting() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set query_statistics_max_entries 100000");
            // switching it off drops what was gathered before
            statement.execute("set query_statistics false");
            statement.execute("set query_statistics true");
        }
    }

    /** Executions by SQL text since {@link #startCounting()}, the probes of this test left out. */
    private Map<String, Long> stopCounting() throws SQLException {
        Map<String, Long> counted = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "select sql_statement, execution_count from information_schema.query_statistics")) {
                while (rows.next()) {
                    String sql = rows.getString(1);
                    if (!sql.contains("probe_") && !sql.contains("query_statistics")) {
                        counted.merge(sql, rows.getLong(2), Long::sum);
                    }
                }
            }
            statement.execute("set query_statistics false");
        }
        return counted;
    }
}
