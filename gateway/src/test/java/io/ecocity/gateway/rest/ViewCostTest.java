package io.ecocity.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.gateway.service.CityChartsService;
import io.ecocity.gateway.service.CityOverviewService;
import io.ecocity.gateway.service.ScorecardService;
import io.ecocity.gateway.service.TownService;
import io.ecocity.gateway.support.DownstreamServicesTestResource;
import io.ecocity.gateway.support.RecordedStatements;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The city view costs what it shows, not what it has stored: with a few hundred stations, the overview, a town view,
 * the scorecard and the charts run the same number of SQL statements over a few days of stored hours as over three
 * years of them, and the reads of the growing tables use their indexes. Real: the gateway, its database (H2, or
 * PostgreSQL in CI) and the Kafka broker (in the test JVM); the history is inserted with SQL from a generated series.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(DownstreamServicesTestResource.class)
class ViewCostTest {

    private static final int STATIONS = 300;
    private static final int TOWNS = 5;
    private static final String TOWN = "VC-T1";
    /** Three years: every hour of one town's scope, every 18th day and every 146th hour of each station. */
    private static final int YEARS = 3;
    private static final int TOWN_HOURS = YEARS * 8760;
    private static final int STATION_STEP_HOURS = 146;
    private static final int STATION_HOURS = YEARS * 8760 / STATION_STEP_HOURS;
    private static final int STATION_DAY_STEP = 18;
    private static final int STATION_DAYS = YEARS * 365 / STATION_DAY_STEP;
    /** Towns whose scope has three years of hours; the others' only the last two days. */
    private static final int TOWNS_WITH_HISTORY = 1;

    @Inject
    DataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    CityOverviewService overviews;

    @Inject
    TownService towns;

    @Inject
    ScorecardService scorecard;

    @Inject
    CityChartsService charts;

    @AfterEach
    void removeTheGeneratedCity() throws SQLException {
        execute("delete from air_hourly_assessment where scope_key like 'STATION:VC-S%' or scope_key like 'TOWN:VC-T%'",
                "delete from air_daily_assessment where scope_key like 'STATION:VC-S%'",
                "delete from air_latest_hour where id like 'STATION:VC-S%' or id like 'TOWN:VC-T%'",
                "delete from city_air_station where station_id like 'VC-S%'",
                "delete from city_town where town like 'VC-T%'");
        overviews.forget();
    }

    @Test
    void theViewCostsWhatItShowsNotWhatItHasStored() throws SQLException {
        execute(stations(), latestHours(), towns());
        insertHistory(TOWNS, 0, 48, 0, 2);
        analyze();
        Map<String, Long> recent = statementsPerRead();

        long started = System.nanoTime();
        // three years more, all before the hours already held: what the view shows does not change
        insertHistory(TOWNS_WITH_HISTORY, 48, TOWN_HOURS, 2, STATION_HOURS);
        insertDays();
        analyze();
        long generatedMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(count("air_hourly_assessment") >= (long) TOWNS_WITH_HISTORY * TOWN_HOURS + (long) STATIONS * STATION_HOURS,
                "the history is stored");
        System.out.println("[measure] three years of view history generated in " + generatedMillis + " ms");
        Map<String, Long> years = statementsPerRead();
        System.out.println("[measure] statements per read, whatever the history: " + years);

        assertEquals(recent, years, "the statements per read do not depend on the stored hours (history generated in "
                + generatedMillis + " ms)");
        // bounded by what each read shows (the town view ranks every town: a few statements per town), never by the
        // number of stations or hours
        long towns = count("city_town");
        recent.forEach((read, statements) -> assertTrue(statements <= 30 + 10 * towns,
                read + " runs a bounded number of statements, not one per station or hour: " + statements + " for "
                        + towns + " towns"));

        // the plans of the statements those reads ran: none scans a table that grows with the stored hours or days
        RecordedStatements.start();
        statementsPerRead();
        List<String> statements = RecordedStatements.stop();
        int readsOfGrowingTables = 0;
        for (String sql : new LinkedHashSet<>(statements)) {
            String lower = sql.toLowerCase(Locale.ROOT);
            for (String table : List.of("air_hourly_assessment", "air_daily_assessment")) {
                if (lower.contains(table)) {
                    readsOfGrowingTables++;
                    String plan = plan(sql);
                    assertFalse(plan.contains(table + ".tablescan") || plan.contains("seq scan on " + table),
                            "the read does not scan " + table + ": " + sql + "\n" + plan);
                }
            }
        }
        assertTrue(readsOfGrowingTables > 0, "the reads include today's hours and the chart's days: " + statements);
    }

    /** Statements of each read, assembled anew (the overview's cache forgotten); the least of three tries. */
    private Map<String, Long> statementsPerRead() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        Map<String, Supplier<Object>> reads = new LinkedHashMap<>();
        reads.put("overview", () -> {
            overviews.forget();
            return overviews.overview();
        });
        reads.put("town view", () -> towns.town(TOWN));
        reads.put("scorecard", () -> scorecard.scorecard(year));
        reads.put("city charts", () -> charts.charts(null));
        reads.put("town charts", () -> charts.charts(TOWN));
        Statistics statistics = sessionFactory.getStatistics();
        Map<String, Long> counts = new LinkedHashMap<>();
        reads.forEach((name, read) -> {
            long least = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 3; attempt++) {
                statistics.clear();
                read.get();
                least = Math.min(least, statistics.getPrepareStatementCount());
            }
            counts.put(name, least);
        });
        return counts;
    }

    /** The plan of a statement as Hibernate prepared it: its parameters unknown (PostgreSQL: the generic plan). */
    private String plan(String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String explain;
            if (postgres()) {
                StringBuilder numbered = new StringBuilder();
                int parameters = 0;
                for (char ch : sql.toCharArray()) {
                    if (ch == '?') {
                        numbered.append('$').append(++parameters);
                    } else {
                        numbered.append(ch);
                    }
                }
                s.execute("set plan_cache_mode = force_generic_plan");
                s.execute("prepare view_cost_read as " + numbered);
                explain = "explain execute view_cost_read"
                        + (parameters == 0 ? "" : "(" + String.join(", ", Collections.nCopies(parameters, "null")) + ")");
            } else {
                explain = "explain " + sql;
            }
            try (ResultSet rows = s.executeQuery(explain)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            } finally {
                if (postgres()) {
                    s.execute("deallocate view_cost_read");
                    s.execute("reset plan_cache_mode");
                }
            }
        }
        return plan.toString().toLowerCase(Locale.ROOT);
    }

    private boolean postgres() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
    }

    /** The numbers 1..n as column x. */
    private String series(int n) throws SQLException {
        return postgres() ? "(select x from generate_series(1, " + n + ") as g(x))"
                : "(select x from system_range(1, " + n + "))";
    }

    private String timestamp(String utc) {
        return "timestamp with time zone '" + utc + "+00'";
    }

    /** {@code hours} hours before the start of 2026-01-02 (UTC). */
    private String hoursBefore(String hours) throws SQLException {
        return postgres() ? "(" + timestamp("2026-01-02 00:00:00") + " - (" + hours + ") * interval '1 hour')"
                : "dateadd('HOUR', -(" + hours + "), " + timestamp("2026-01-02 00:00:00") + ")";
    }

    private String stations() throws SQLException {
        return "insert into city_air_station (station_id, name, town, latitude, longitude, kind, assessed, revision,"
                + " updated_at) select 'VC-S' || cast(s.x as varchar(10)), 'Station ' || cast(s.x as varchar(10)),"
                + " 'VC-T' || cast(mod(s.x, " + TOWNS + ") + 1 as varchar(10)), 23.0, 113.7, 'NATIONAL', true, 1, "
                + timestamp("2026-01-01 00:00:00") + " from " + series(STATIONS) + " s";
    }

    private String towns() throws SQLException {
        return "insert into city_town (town) select 'VC-T' || cast(t.x as varchar(10)) from " + series(TOWNS) + " t";
    }

    private String latestHours() throws SQLException {
        return "insert into air_latest_hour (id, scope, scope_key, town, station_id, hour_end, edition, aqi, aqi_level,"
                + " category, category_en, colour, primary_pollutants, pm25, station_count, correction, received_at)"
                + " select 'STATION:VC-S' || cast(s.x as varchar(10)), 'STATION', 'STATION:VC-S' || cast(s.x as varchar(10)),"
                + " null, 'VC-S' || cast(s.x as varchar(10)), " + hoursBefore("0") + ", 'HJ633_2012', 60, 2, '良', 'Good',"
                + " '#FFFF00', 'PM25', 35.0, null, false, " + timestamp("2026-01-02 00:00:00")
                + " from " + series(STATIONS) + " s";
    }

    /** Town hours [townFrom, townTo) and station hours [stationFrom, stationTo) (in steps of 22 h) before the latest. */
    private void insertHistory(int towns, int townFrom, int townTo, int stationFrom, int stationTo)
            throws SQLException {
        String columns = "insert into air_hourly_assessment (id, scope, scope_key, town, station_id, hour_end, edition,"
                + " aqi, aqi_level, category, category_en, colour, primary_pollutants, pm25, station_count, correction,"
                + " received_at) ";
        String townHour = hoursBefore("h.x + " + townFrom);
        String stationHour = hoursBefore("(h.x + " + stationFrom + ") * " + STATION_STEP_HOURS);
        execute(columns + "select 'TOWN:VC-T' || cast(t.x as varchar(10)) || '|' || cast(h.x + " + townFrom
                        + " as varchar(10)), 'TOWN', 'TOWN:VC-T' || cast(t.x as varchar(10)), 'VC-T'"
                        + " || cast(t.x as varchar(10)), null, " + townHour + ", 'HJ633_2012', 50, 1, '优',"
                        + " 'Excellent', '#00E400', '', 20.0, 60, false, " + timestamp("2026-01-02 00:00:00")
                        + " from " + series(towns) + " t cross join " + series(townTo - townFrom) + " h",
                columns + "select 'STATION:VC-S' || cast(s.x as varchar(10)) || '|' || cast(h.x + " + stationFrom
                        + " as varchar(10)), 'STATION', 'STATION:VC-S' || cast(s.x as varchar(10)), null,"
                        + " 'VC-S' || cast(s.x as varchar(10)), " + stationHour + ", 'HJ633_2012', 70, 2, '良', 'Good',"
                        + " '#FFFF00', 'PM25', 50.0, null, false, " + timestamp("2026-01-02 00:00:00")
                        + " from " + series(STATIONS) + " s cross join " + series(stationTo - stationFrom) + " h");
    }

    private void insertDays() throws SQLException {
        String day = postgres() ? "(date '2026-01-01' - d.x * " + STATION_DAY_STEP + ")"
                : "dateadd('DAY', -d.x * " + STATION_DAY_STEP + ", date '2026-01-01')";
        execute("insert into air_daily_assessment (id, scope, scope_key, town, station_id, assessment_day, edition,"
                + " aqi, aqi_level, category, category_en, colour, primary_pollutants, correction, received_at)"
                + " select 'STATION:VC-S' || cast(s.x as varchar(10)) || '|d' || cast(d.x as varchar(10)), 'STATION',"
                + " 'STATION:VC-S' || cast(s.x as varchar(10)), null, 'VC-S' || cast(s.x as varchar(10)), " + day
                + ", 'HJ633_2012', 70, 2, '良', 'Good', '#FFFF00', 'PM25', false, "
                + timestamp("2026-01-02 00:00:00") + " from " + series(STATIONS) + " s cross join "
                + series(STATION_DAYS) + " d");
    }

    private void analyze() throws SQLException {
        List<String> statements = new ArrayList<>();
        if (postgres()) {
            statements.add("analyze air_hourly_assessment");
            statements.add("analyze air_daily_assessment");
            statements.add("analyze air_latest_hour");
        } else {
            statements.add("analyze");
        }
        execute(statements.toArray(String[]::new));
    }

    private long count(String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
