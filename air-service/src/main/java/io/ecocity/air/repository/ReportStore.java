package io.ecocity.air.repository;

import static io.ecocity.air.repository.ObservationStore.instant;
import static io.ecocity.air.repository.ObservationStore.setInstant;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The hourly and daily reports of stations, towns and the city (as published JSON plus the columns queries sort
 * and filter by) and the daily values the period statistics read ({@code air_daily_value}). Plain JDBC batches.
 */
@ApplicationScoped
public class ReportStore {

    private final DataSource dataSource;

    public ReportStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A stored hourly report. */
    public record HourlyReportRow(String scope, String scopeId, Instant hourEnd, String town, String edition,
                                  Integer aqi, Integer level, Integer stationCount, long revision, String payload) {
    }

    /** A stored daily report. */
    public record DailyReportRow(String scope, String scopeId, LocalDate day, String town, String edition,
                                 Integer aqi, Integer level, long revision, String payload) {
    }

    /** One row of {@code air_daily_value}; a null concentration is invalid or missing. */
    public record DailyValueRow(String scope, String scopeId, String town, LocalDate day, String edition,
                                BigDecimal so2, BigDecimal no2, BigDecimal pm10, BigDecimal pm25, BigDecimal co,
                                BigDecimal o38h, BigDecimal o31h, int so2Coverage, int no2Coverage,
                                int pm10Coverage, int pm25Coverage, int coCoverage, int o38hCoverage,
                                int o31hCoverage, Integer aqi, Integer aqiLevel, String primaryPollutants) {
    }

    public record ScopeKey(String scope, String scopeId) {
    }

    /** The stored hourly reports of the given scopes between two hour ends, by scope and hour. */
    public Map<ScopeKey, Map<Instant, HourlyReportRow>> hourly(Collection<ScopeKey> scopes, Instant from, Instant to) {
        String sql = "select scope, scope_id, hour_end, town, edition, aqi, aqi_level, station_count, revision, payload"
                + " from air_hourly_report where scope = ? and scope_id = ? and hour_end >= ? and hour_end <= ?";
        return rangeOfEachScope(sql, scopes, select -> {
            setInstant(select, 3, from);
            setInstant(select, 4, to);
        }, (rows, into) -> {
            HourlyReportRow row = readHourly(rows);
            into.put(row.hourEnd(), row);
        }, "read hourly reports");
    }

    public void saveHourly(List<HourlyReportRow> inserts, List<HourlyReportRow> updates, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            if (!inserts.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement("insert into air_hourly_report (town,"
                        + " edition, aqi, aqi_level, station_count, revision, updated_at, payload, scope, scope_id,"
                        + " hour_end) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (HourlyReportRow row : inserts) {
                        bindHourly(insert, row, now);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            if (!updates.isEmpty()) {
                try (PreparedStatement update = connection.prepareStatement("update air_hourly_report set town = ?,"
                        + " edition = ?, aqi = ?, aqi_level = ?, station_count = ?, revision = ?, updated_at = ?,"
                        + " payload = ? where scope = ? and scope_id = ? and hour_end = ?")) {
                    for (HourlyReportRow row : updates) {
                        bindHourly(update, row, now);
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw failure("write hourly reports", e);
        }
    }

    /** The stored daily reports of the given scopes and days, by scope and day. */
    public Map<ScopeKey, Map<LocalDate, DailyReportRow>> daily(Collection<ScopeKey> scopes, LocalDate from,
                                                               LocalDate to) {
        String sql = "select scope, scope_id, day, town, edition, aqi, aqi_level, revision, payload"
                + " from air_daily_report where scope = ? and scope_id = ? and day >= ? and day <= ?";
        return rangeOfEachScope(sql, scopes, days(from, to), (rows, into) -> {
            DailyReportRow row = readDaily(rows);
            into.put(row.day(), row);
        }, "read daily reports");
    }

    /** The revisions of the stored rows of {@code air_daily_value} of the given scopes and days, by scope and day. */
    public Map<ScopeKey, Map<LocalDate, Long>> dailyValueRevisions(Collection<ScopeKey> scopes, LocalDate from,
                                                                   LocalDate to) {
        String sql = "select day, revision from air_daily_value where scope = ? and scope_id = ? and day >= ?"
                + " and day <= ?";
        return rangeOfEachScope(sql, scopes, days(from, to),
                (rows, into) -> into.put(rows.getObject(1, LocalDate.class), rows.getLong(2)),
                "read daily value revisions");
    }

    /** Binds the range of a per-scope read: parameters 3 and 4 of its statement. */
    @FunctionalInterface
    private interface RangeBinder {
        void bind(PreparedStatement select) throws SQLException;
    }

    /** Reads one row of a per-scope read into its scope's map. */
    @FunctionalInterface
    private interface ScopeRowReader<K, V> {
        void read(ResultSet rows, Map<K, V> into) throws SQLException;
    }

    private static RangeBinder days(LocalDate from, LocalDate to) {
        return select -> {
            select.setObject(3, from);
            select.setObject(4, to);
        };
    }

    /**
     * Runs {@code sql} (scope and scope id as parameters 1 and 2, the range as 3 and 4) once per scope on one prepared
     * statement, and collects the rows by scope; a scope without rows is absent.
     */
    private <K, V> Map<ScopeKey, Map<K, V>> rangeOfEachScope(String sql, Collection<ScopeKey> scopes, RangeBinder range,
                                                             ScopeRowReader<K, V> reader, String what) {
        Map<ScopeKey, Map<K, V>> found = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (ScopeKey scope : scopes) {
                select.setString(1, scope.scope());
                select.setString(2, scope.scopeId());
                range.bind(select);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows, found.computeIfAbsent(scope, s -> new HashMap<>()));
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * Writes daily reports and, in step, their rows of {@code air_daily_value} (same keys, same order), each value
     * row inserted when {@code valueRevisions} has no revision for it (by {@link #valueKey}) and updated to the next
     * revision otherwise.
     */
    public void saveDaily(List<DailyReportRow> inserts, List<DailyReportRow> updates, List<DailyValueRow> values,
                          Map<String, Long> valueRevisions, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            if (!inserts.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement("insert into air_daily_report (town,"
                        + " edition, aqi, aqi_level, revision, updated_at, payload, scope, scope_id, day)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (DailyReportRow row : inserts) {
                        bindDaily(insert, row, now);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            if (!updates.isEmpty()) {
                try (PreparedStatement update = connection.prepareStatement("update air_daily_report set town = ?,"
                        + " edition = ?, aqi = ?, aqi_level = ?, revision = ?, updated_at = ?, payload = ?"
                        + " where scope = ? and scope_id = ? and day = ?")) {
                    for (DailyReportRow row : updates) {
                        bindDaily(update, row, now);
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            }
            saveDailyValues(connection, values, valueRevisions, now);
        } catch (SQLException e) {
            throw failure("write daily reports", e);
        }
    }

    private static void saveDailyValues(Connection connection, List<DailyValueRow> values,
                                        Map<String, Long> revisions, Instant now) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        String columns = "town = ?, edition = ?, so2 = ?, no2 = ?, pm10 = ?, pm25 = ?, co = ?, o3_8h = ?, o3_1h = ?,"
                + " so2_coverage = ?, no2_coverage = ?, pm10_coverage = ?, pm25_coverage = ?, co_coverage = ?,"
                + " o3_8h_coverage = ?, o3_1h_coverage = ?, aqi = ?, aqi_level = ?, primary_pollutants = ?,"
                + " revision = ?, updated_at = ?";
        try (PreparedStatement update = connection.prepareStatement("update air_daily_value set " + columns
                + " where scope = ? and scope_id = ? and day = ?");
             PreparedStatement insert = connection.prepareStatement("insert into air_daily_value (town, edition,"
                     + " so2, no2, pm10, pm25, co, o3_8h, o3_1h, so2_coverage, no2_coverage, pm10_coverage,"
                     + " pm25_coverage, co_coverage, o3_8h_coverage, o3_1h_coverage, aqi, aqi_level,"
                     + " primary_pollutants, revision, updated_at, scope, scope_id, day)"
                     + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            boolean anyUpdate = false;
            boolean anyInsert = false;
            for (DailyValueRow row : values) {
                Long revision = revisions.get(keyOf(row));
                PreparedStatement statement = revision == null ? insert : update;
                bindDailyValue(statement, row, revision == null ? 1 : revision + 1, now);
                statement.addBatch();
                anyUpdate |= revision != null;
                anyInsert |= revision == null;
            }
            if (anyInsert) {
                insert.executeBatch();
            }
            if (anyUpdate) {
                update.executeBatch();
            }
        }
    }

    public Optional<HourlyReportRow> latestHourly(String scope, String scopeId) {
        List<HourlyReportRow> rows = hourlyPage(scope, scopeId, null, null, null, true, 1);
        return rows.stream().findFirst();
    }

    /** Hourly reports of one scope in [from, to], oldest first, after {@code after} (exclusive), or newest first. */
    public List<HourlyReportRow> hourlyPage(String scope, String scopeId, Instant from, Instant to, Instant after,
                                            boolean newestFirst, int limit) {
        StringBuilder sql = new StringBuilder("select scope, scope_id, hour_end, town, edition, aqi, aqi_level,"
                + " station_count, revision, payload from air_hourly_report where scope = ? and scope_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(scope, scopeId));
        if (from != null) {
            sql.append(" and hour_end >= ?");
            parameters.add(from);
        }
        if (to != null) {
            sql.append(" and hour_end <= ?");
            parameters.add(to);
        }
        if (after != null) {
            sql.append(" and hour_end > ?");
            parameters.add(after);
        }
        sql.append(newestFirst ? " order by hour_end desc" : " order by hour_end").append(" limit ?");
        parameters.add(limit);
        List<HourlyReportRow> rows = new ArrayList<>();
        query(sql.toString(), parameters, result -> rows.add(readHourly(result)));
        return rows;
    }

    public Optional<DailyReportRow> latestDaily(String scope, String scopeId) {
        return dailyPage(scope, scopeId, null, null, null, true, 1).stream().findFirst();
    }

    public List<DailyReportRow> dailyPage(String scope, String scopeId, LocalDate from, LocalDate to, LocalDate after,
                                          boolean newestFirst, int limit) {
        StringBuilder sql = new StringBuilder("select scope, scope_id, day, town, edition, aqi, aqi_level, revision,"
                + " payload from air_daily_report where scope = ? and scope_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(scope, scopeId));
        if (from != null) {
            sql.append(" and day >= ?");
            parameters.add(from);
        }
        if (to != null) {
            sql.append(" and day <= ?");
            parameters.add(to);
        }
        if (after != null) {
            sql.append(" and day > ?");
            parameters.add(after);
        }
        sql.append(newestFirst ? " order by day desc" : " order by day").append(" limit ?");
        parameters.add(limit);
        List<DailyReportRow> rows = new ArrayList<>();
        query(sql.toString(), parameters, result -> rows.add(readDaily(result)));
        return rows;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, List<Object> parameters, RowReader reader) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object parameter = parameters.get(i);
                if (parameter instanceof Instant instant) {
                    setInstant(select, i + 1, instant);
                } else {
                    select.setObject(i + 1, parameter);
                }
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw failure("query reports", e);
        }
    }

    private static String keyOf(DailyValueRow row) {
        return valueKey(row.scope(), row.scopeId(), row.day());
    }

    /** The key of a daily value row in the revisions {@link #saveDaily} takes. */
    public static String valueKey(String scope, String scopeId, LocalDate day) {
        return scope + "|" + scopeId + "|" + day;
    }

    private static HourlyReportRow readHourly(ResultSet rows) throws SQLException {
        return new HourlyReportRow(rows.getString(1), rows.getString(2), instant(rows, 3), rows.getString(4),
                rows.getString(5), integer(rows, 6), integer(rows, 7), integer(rows, 8), rows.getLong(9),
                rows.getString(10));
    }

    private static DailyReportRow readDaily(ResultSet rows) throws SQLException {
        return new DailyReportRow(rows.getString(1), rows.getString(2), rows.getObject(3, LocalDate.class),
                rows.getString(4), rows.getString(5), integer(rows, 6), integer(rows, 7), rows.getLong(8),
                rows.getString(9));
    }

    private static void bindHourly(PreparedStatement statement, HourlyReportRow row, Instant now) throws SQLException {
        statement.setString(1, row.town());
        statement.setString(2, row.edition());
        setInteger(statement, 3, row.aqi());
        setInteger(statement, 4, row.level());
        setInteger(statement, 5, row.stationCount());
        statement.setLong(6, row.revision());
        setInstant(statement, 7, now);
        statement.setString(8, row.payload());
        statement.setString(9, row.scope());
        statement.setString(10, row.scopeId());
        setInstant(statement, 11, row.hourEnd());
    }

    private static void bindDaily(PreparedStatement statement, DailyReportRow row, Instant now) throws SQLException {
        statement.setString(1, row.town());
        statement.setString(2, row.edition());
        setInteger(statement, 3, row.aqi());
        setInteger(statement, 4, row.level());
        statement.setLong(5, row.revision());
        setInstant(statement, 6, now);
        statement.setString(7, row.payload());
        statement.setString(8, row.scope());
        statement.setString(9, row.scopeId());
        statement.setObject(10, row.day());
    }

    private static void bindDailyValue(PreparedStatement statement, DailyValueRow row, long revision, Instant now)
            throws SQLException {
        statement.setString(1, row.town());
        statement.setString(2, row.edition());
        BigDecimal[] concentrations = {row.so2(), row.no2(), row.pm10(), row.pm25(), row.co(), row.o38h(), row.o31h()};
        for (int i = 0; i < concentrations.length; i++) {
            if (concentrations[i] == null) {
                statement.setNull(3 + i, Types.NUMERIC);
            } else {
                statement.setBigDecimal(3 + i, concentrations[i]);
            }
        }
        int[] coverages = {row.so2Coverage(), row.no2Coverage(), row.pm10Coverage(), row.pm25Coverage(),
            row.coCoverage(), row.o38hCoverage(), row.o31hCoverage()};
        for (int i = 0; i < coverages.length; i++) {
            statement.setInt(10 + i, coverages[i]);
        }
        setInteger(statement, 17, row.aqi());
        setInteger(statement, 18, row.aqiLevel());
        statement.setString(19, row.primaryPollutants());
        statement.setLong(20, revision);
        setInstant(statement, 21, now);
        statement.setString(22, row.scope());
        statement.setString(23, row.scopeId());
        statement.setObject(24, row.day());
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static Integer integer(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("could not " + what + ": " + e.getMessage(), e);
    }

}
