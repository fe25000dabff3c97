package io.ecocity.air.repository;

import io.ecocity.air.domain.BeijingTime;
import io.ecocity.air.domain.Pollutant;
import io.ecocity.air.domain.HourlyObservation;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The observations, their corrections and the queue of station-days to reassess, in plain JDBC with statement
 * batches: an ingest of thousands of observations is a handful of round trips. Every method runs in the caller's
 * transaction (the data source hands out the connection enlisted in it).
 */
@ApplicationScoped
public class ObservationStore {

    private static final int POLLUTANTS = Pollutant.values().length;
    private static final String VALUE_COLUMNS = "so2, no2, pm10, pm25, co, o3";
    private static final int IN_CHUNK = 500;

    private final DataSource dataSource;

    public ObservationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What an ingest did to the stored observations. */
    public record WriteResult(int created, int corrected, int unchanged) {
    }

    /** A stored observation: the values in force and their revision. */
    public record StoredObservation(String stationId, Instant hourEnd, BigDecimal[] values, long revision) {
        public BigDecimal value(Pollutant pollutant) {
            return values[pollutant.ordinal()];
        }
    }

    /** A station-day whose observations changed between {@code fromHour} and {@code toHour} (hour ends). */
    public record PendingChange(long id, String stationId, LocalDate day, Instant fromHour, Instant toHour) {
    }

    /** One correction of the revision history. */
    public record Correction(long id, String stationId, Instant hourEnd, long revision, BigDecimal[] previous,
                             BigDecimal[] current, Instant correctedAt) {
    }

    /**
     * Stores a batch with upsert semantics by station and hour: new hours are inserted; an hour sent again with the
     * same values changes nothing; with other values it is a correction (new revision, history kept). Every
     * station-day that changed is queued for reassessment. Keys must be unique within the batch.
     */
    public WriteResult write(List<HourlyObservation> batch, Instant receivedAt) {
        if (batch.isEmpty()) {
            return new WriteResult(0, 0, 0);
        }
        try (Connection connection = dataSource.getConnection()) {
            Map<HourlyObservation.Key, StoredObservation> existing = existing(connection, batch);
            List<HourlyObservation> created = new ArrayList<>();
            List<HourlyObservation> corrected = new ArrayList<>();
            List<StoredObservation> replaced = new ArrayList<>();
            for (HourlyObservation observation : batch) {
                StoredObservation stored = existing.get(observation.key());
                if (stored == null) {
                    created.add(observation);
                } else if (!observation.sameValuesAs(stored.values())) {
                    corrected.add(observation);
                    replaced.add(stored);
                }
            }
            insert(connection, created, receivedAt);
            correct(connection, corrected, replaced, receivedAt);
            List<HourlyObservation> changed = new ArrayList<>(created.size() + corrected.size());
            changed.addAll(created);
            changed.addAll(corrected);
            queueForAssessment(connection, changed);
            recordLatestHours(connection, changed);
            return new WriteResult(created.size(), corrected.size(), batch.size() - created.size() - corrected.size());
        } catch (SQLException e) {
            throw new IllegalStateException("could not store observations: " + e.getMessage(), e);
        }
    }

    /**
     * The stored rows of the batch's station-hours. Each chunk of keys is read with one statement, its stations and
     * hours as two IN lists on the primary key (station_id, hour_end), the few extra pairs of the cross product
     * dropped: a Kafka poll (many stations, one hour) and a day of one station are read exactly, not one statement
     * per station. Only a chunk that scatters stations over many hours is read per station.
     */
    private Map<HourlyObservation.Key, StoredObservation> existing(Connection connection,
                                                                   List<HourlyObservation> batch) throws SQLException {
        List<HourlyObservation> ordered = new ArrayList<>(batch);
        ordered.sort(java.util.Comparator.comparing(HourlyObservation::hourEnd)
                .thenComparing(HourlyObservation::stationId));
        java.util.Set<HourlyObservation.Key> wanted = new java.util.HashSet<>();
        batch.forEach(o -> wanted.add(o.key()));
        Map<HourlyObservation.Key, StoredObservation> found = new HashMap<>();
        for (int from = 0; from < ordered.size(); from += IN_CHUNK) {
            List<HourlyObservation> chunk = ordered.subList(from, Math.min(ordered.size(), from + IN_CHUNK));
            java.util.Set<String> stations = new java.util.LinkedHashSet<>();
            java.util.Set<Instant> hours = new java.util.LinkedHashSet<>();
            chunk.forEach(o -> {
                stations.add(o.stationId());
                hours.add(o.hourEnd());
            });
            if ((long) stations.size() * hours.size() <= 4L * chunk.size() + 64) {
                readCross(connection, stations, hours, wanted, found);
            } else {
                readPerStation(connection, chunk, found);
            }
        }
        return found;
    }

    private void readCross(Connection connection, java.util.Set<String> stations, java.util.Set<Instant> hours,
                           java.util.Set<HourlyObservation.Key> wanted,
                           Map<HourlyObservation.Key, StoredObservation> found) throws SQLException {
        String sql = "select station_id, hour_end, " + VALUE_COLUMNS + ", revision from air_observation"
                + " where station_id in (" + "?,".repeat(stations.size() - 1) + "?)"
                + " and hour_end in (" + "?,".repeat(hours.size() - 1) + "?)";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int index = 1;
            for (String station : stations) {
                select.setString(index++, station);
            }
            for (Instant hour : hours) {
                setInstant(select, index++, hour);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    StoredObservation stored = readObservation(rows);
                    HourlyObservation.Key key = new HourlyObservation.Key(stored.stationId(), stored.hourEnd());
                    if (wanted.contains(key)) {
                        found.put(key, stored);
                    }
                }
            }
        }
    }

    private void readPerStation(Connection connection, List<HourlyObservation> chunk,
                                Map<HourlyObservation.Key, StoredObservation> found) throws SQLException {
        Map<String, List<Instant>> hoursByStation = new LinkedHashMap<>();
        for (HourlyObservation observation : chunk) {
            hoursByStation.computeIfAbsent(observation.stationId(), s -> new ArrayList<>()).add(observation.hourEnd());
        }
        for (Map.Entry<String, List<Instant>> station : hoursByStation.entrySet()) {
            List<Instant> hours = station.getValue();
            String sql = "select station_id, hour_end, " + VALUE_COLUMNS + ", revision from air_observation"
                    + " where station_id = ? and hour_end in (" + "?,".repeat(hours.size() - 1) + "?)";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, station.getKey());
                for (int i = 0; i < hours.size(); i++) {
                    setInstant(select, i + 2, hours.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        StoredObservation stored = readObservation(rows);
                        found.put(new HourlyObservation.Key(stored.stationId(), stored.hourEnd()), stored);
                    }
                }
            }
        }
    }

    private static void insert(Connection connection, List<HourlyObservation> created, Instant receivedAt)
            throws SQLException {
        if (created.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into air_observation (station_id, hour_end, "
                + VALUE_COLUMNS + ", revision, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)")) {
            for (HourlyObservation observation : created) {
                insert.setString(1, observation.stationId());
                setInstant(insert, 2, observation.hourEnd());
                setValues(insert, 3, observation.values());
                setInstant(insert, 9, receivedAt);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void correct(Connection connection, List<HourlyObservation> corrected,
                                List<StoredObservation> replaced, Instant correctedAt) throws SQLException {
        if (corrected.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update air_observation set so2 = ?, no2 = ?,"
                + " pm10 = ?, pm25 = ?, co = ?, o3 = ?, revision = ?, received_at = ?"
                + " where station_id = ? and hour_end = ?");
             PreparedStatement history = connection.prepareStatement("insert into air_observation_correction"
                     + " (station_id, hour_end, revision, prev_so2, prev_no2, prev_pm10, prev_pm25, prev_co, prev_o3, "
                     + VALUE_COLUMNS + ", corrected_at, announced)"
                     + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)")) {
            for (int i = 0; i < corrected.size(); i++) {
                HourlyObservation observation = corrected.get(i);
                StoredObservation previous = replaced.get(i);
                long revision = previous.revision() + 1;
                setValues(update, 1, observation.values());
                update.setLong(7, revision);
                setInstant(update, 8, correctedAt);
                update.setString(9, observation.stationId());
                setInstant(update, 10, observation.hourEnd());
                update.addBatch();

                history.setString(1, observation.stationId());
                setInstant(history, 2, observation.hourEnd());
                history.setLong(3, revision);
                setValues(history, 4, previous.values());
                setValues(history, 10, observation.values());
                setInstant(history, 16, correctedAt);
                history.addBatch();
            }
            update.executeBatch();
            history.executeBatch();
        }
    }

    private static void queueForAssessment(Connection connection, List<HourlyObservation> changed)
            throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        record StationDay(String stationId, LocalDate day) {
        }
        Map<StationDay, Instant[]> spans = new LinkedHashMap<>();
        for (HourlyObservation observation : changed) {
            StationDay key = new StationDay(observation.stationId(),
                    BeijingTime.dayOfHourEnding(observation.hourEnd()));
            Instant[] span = spans.computeIfAbsent(key, k -> new Instant[] {observation.hourEnd(), observation.hourEnd()});
            if (observation.hourEnd().isBefore(span[0])) {
                span[0] = observation.hourEnd();
            }
            if (observation.hourEnd().isAfter(span[1])) {
                span[1] = observation.hourEnd();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into air_assessment_pending (station_id, day, from_hour, to_hour) values (?, ?, ?, ?)")) {
            for (Map.Entry<StationDay, Instant[]> span : spans.entrySet()) {
                insert.setString(1, span.getKey().stationId());
                insert.setObject(2, span.getKey().day());
                setInstant(insert, 3, span.getValue()[0]);
                setInstant(insert, 4, span.getValue()[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void recordLatestHours(Connection connection, List<HourlyObservation> changed)
            throws SQLException {
        Map<String, Instant> latest = new HashMap<>();
        for (HourlyObservation observation : changed) {
            latest.merge(observation.stationId(), observation.hourEnd(), (a, b) -> a.isAfter(b) ? a : b);
        }
        if (latest.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update air_station set last_hour_end = ?"
                + " where station_id = ? and (last_hour_end is null or last_hour_end < ?)")) {
            for (Map.Entry<String, Instant> station : latest.entrySet()) {
                setInstant(update, 1, station.getValue());
                update.setString(2, station.getKey());
                setInstant(update, 3, station.getValue());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The observations of the given stations labelled in [from, to]. */
    public List<StoredObservation> between(Instant from, Instant to, Collection<String> stationIds) {
        List<String> ids = new ArrayList<>(stationIds);
        List<StoredObservation> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (int start = 0; start < ids.size(); start += IN_CHUNK) {
                List<String> chunk = ids.subList(start, Math.min(ids.size(), start + IN_CHUNK));
                String sql = "select station_id, hour_end, " + VALUE_COLUMNS + ", revision from air_observation"
                        + " where station_id in (" + "?,".repeat(chunk.size() - 1) + "?) and hour_end >= ? and hour_end <= ?";
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setString(i + 1, chunk.get(i));
                    }
                    setInstant(select, chunk.size() + 1, from);
                    setInstant(select, chunk.size() + 2, to);
                    try (ResultSet result = select.executeQuery()) {
                        while (result.next()) {
                            rows.add(readObservation(result));
                        }
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read observations: " + e.getMessage(), e);
        }
    }

    /** One station's observations labelled in [from, to], in time order. */
    public List<StoredObservation> ofStation(String stationId, Instant from, Instant to, int limit) {
        String sql = "select station_id, hour_end, " + VALUE_COLUMNS + ", revision from air_observation"
                + " where station_id = ? and hour_end >= ? and hour_end <= ? order by hour_end limit ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, stationId);
            setInstant(select, 2, from);
            setInstant(select, 3, to);
            select.setInt(4, limit);
            List<StoredObservation> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(readObservation(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read observations: " + e.getMessage(), e);
        }
    }

    /** The corrections of one station-hour, oldest first. */
    public List<Correction> corrections(String stationId, Instant hourEnd) {
        return corrections("where station_id = ? and hour_end = ? order by revision", stationId, hourEnd, null);
    }

    /** Corrections whose event is not yet in the outbox, oldest first. */
    public List<Correction> unannouncedCorrections(int limit) {
        return corrections("where announced = false order by id limit ?", null, null, limit);
    }

    private List<Correction> corrections(String where, String stationId, Instant hourEnd, Integer limit) {
        String sql = "select id, station_id, hour_end, revision, prev_so2, prev_no2, prev_pm10, prev_pm25, prev_co,"
                + " prev_o3, " + VALUE_COLUMNS + ", corrected_at from air_observation_correction " + where;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            if (stationId != null) {
                select.setString(1, stationId);
                setInstant(select, 2, hourEnd);
            } else {
                select.setInt(1, limit);
            }
            List<Correction> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Correction(result.getLong(1), result.getString(2), instant(result, 3),
                            result.getLong(4), readValues(result, 5), readValues(result, 11), instant(result, 17)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read corrections: " + e.getMessage(), e);
        }
    }

    public void markAnnounced(List<Long> correctionIds) {
        executeForIds("update air_observation_correction set announced = true where id = ?", correctionIds);
    }

    /**
     * The oldest pending station-days: those of the first {@code days} days that have any, at most {@code limit}
     * of them, so one recomputation reads a bounded span of observations.
     */
    public List<PendingChange> pending(int days, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            LocalDate first;
            try (PreparedStatement min = connection.prepareStatement("select min(day) from air_assessment_pending");
                 ResultSet result = min.executeQuery()) {
                result.next();
                first = result.getObject(1, LocalDate.class);
            }
            if (first == null) {
                return List.of();
            }
            try (PreparedStatement select = connection.prepareStatement("select id, station_id, day, from_hour, to_hour"
                    + " from air_assessment_pending where day < ? order by id limit ?")) {
                select.setObject(1, first.plusDays(days));
                select.setInt(2, limit);
                List<PendingChange> rows = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(new PendingChange(result.getLong(1), result.getString(2),
                                result.getObject(3, LocalDate.class), instant(result, 4), instant(result, 5)));
                    }
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the assessment queue: " + e.getMessage(), e);
        }
    }

    /** Removes the given queue entries, with one statement per 500 of them. */
    public void removePending(List<Long> ids) {
        try (Connection connection = dataSource.getConnection()) {
            for (int start = 0; start < ids.size(); start += IN_CHUNK) {
                List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + IN_CHUNK));
                try (PreparedStatement delete = connection.prepareStatement("delete from air_assessment_pending"
                        + " where id in (" + "?,".repeat(chunk.size() - 1) + "?)")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        delete.setLong(i + 1, chunk.get(i));
                    }
                    delete.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not update the assessment queue: " + e.getMessage(), e);
        }
    }

    private void executeForIds(String sql, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Long id : ids) {
                statement.setLong(1, id);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not update " + sql + ": " + e.getMessage(), e);
        }
    }

    private static StoredObservation readObservation(ResultSet rows) throws SQLException {
        return new StoredObservation(rows.getString(1), instant(rows, 2), readValues(rows, 3), rows.getLong(9));
    }

    private static BigDecimal[] readValues(ResultSet rows, int firstColumn) throws SQLException {
        BigDecimal[] values = new BigDecimal[POLLUTANTS];
        for (int i = 0; i < POLLUTANTS; i++) {
            BigDecimal value = rows.getBigDecimal(firstColumn + i);
            values[i] = value == null ? null : normalised(value);
        }
        return values;
    }

    /** The column scale is storage, not data: 35.000000 is read back as the 35 that was sent. */
    private static BigDecimal normalised(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void setValues(PreparedStatement statement, int firstIndex, BigDecimal[] values)
            throws SQLException {
        for (int i = 0; i < POLLUTANTS; i++) {
            if (values[i] == null) {
                statement.setNull(firstIndex + i, Types.NUMERIC);
            } else {
                statement.setBigDecimal(firstIndex + i, values[i]);
            }
        }
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

}
