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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Alerts and, per kind and subject, the alert open now and the latest period evaluated. */
@ApplicationScoped
public class AlertStore {

    private final DataSource dataSource;

    public AlertStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record AlertState(String kind, String subjectId, String openAlertId, Instant evaluatedUntil) {
    }

    public record AlertRow(String alertId, String kind, String subjectId, String town, String state, BigDecimal value,
                           BigDecimal threshold, Instant raisedAt, Instant clearedAt) {
    }

    /** A station as the silent check sees it: the latest hour it reported, or when it was registered. */
    public record StationFreshness(String stationId, String town, Instant lastHourEnd, Instant registeredAt) {
    }

    public Optional<AlertState> state(String kind, String subjectId) {
        String sql = "select kind, subject_id, open_alert_id, evaluated_until from air_alert_state"
                + " where kind = ? and subject_id = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, kind);
            select.setString(2, subjectId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new AlertState(row.getString(1), row.getString(2), row.getString(3),
                        instant(row, 4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public void saveState(AlertState state, boolean exists) {
        String sql = exists
                ? "update air_alert_state set open_alert_id = ?, evaluated_until = ? where kind = ? and subject_id = ?"
                : "insert into air_alert_state (open_alert_id, evaluated_until, kind, subject_id) values (?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, state.openAlertId());
            if (state.evaluatedUntil() == null) {
                statement.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                setInstant(statement, 2, state.evaluatedUntil());
            }
            statement.setString(3, state.kind());
            statement.setString(4, state.subjectId());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Stores a raised alert: a new row, or, when the same condition of the same period was raised and cleared
     * before (a corrected hour, a day whose AQI rises, falls and rises again), the same row raised again under its
     * id, so the id stays the condition's and nothing collides with the row kept of the first raising.
     */
    public void raise(AlertRow alert) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement reopen = connection.prepareStatement("update air_alert set state = ?, value = ?,"
                    + " threshold = ?, raised_at = ?, cleared_at = null where alert_id = ?")) {
                reopen.setString(1, alert.state());
                reopen.setBigDecimal(2, alert.value());
                reopen.setBigDecimal(3, alert.threshold());
                setInstant(reopen, 4, alert.raisedAt());
                reopen.setString(5, alert.alertId());
                if (reopen.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into air_alert (alert_id, kind,"
                    + " subject_id, town, state, value, threshold, raised_at, cleared_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, null)")) {
                insert.setString(1, alert.alertId());
                insert.setString(2, alert.kind());
                insert.setString(3, alert.subjectId());
                insert.setString(4, alert.town());
                insert.setString(5, alert.state());
                insert.setBigDecimal(6, alert.value());
                insert.setBigDecimal(7, alert.threshold());
                setInstant(insert, 8, alert.raisedAt());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public void clear(String alertId, Instant clearedAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update air_alert set state = 'CLEARED', cleared_at = ? where alert_id = ?")) {
            setInstant(update, 1, clearedAt);
            update.setString(2, alertId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public Optional<AlertRow> alert(String alertId) {
        List<AlertRow> rows = alerts("where alert_id = ?", alertId);
        return rows.stream().findFirst();
    }

    /** Alerts of a state (RAISED or CLEARED), newest first; all when {@code state} is null. */
    public List<AlertRow> alerts(String state, int limit) {
        return state == null
                ? alerts("order by raised_at desc limit " + limit)
                : alerts("where state = ? order by raised_at desc limit " + limit, state);
    }

    private List<AlertRow> alerts(String where, String... parameters) {
        String sql = "select alert_id, kind, subject_id, town, state, value, threshold, raised_at, cleared_at"
                + " from air_alert " + where;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            List<AlertRow> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new AlertRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getBigDecimal(6), row.getBigDecimal(7), instant(row, 8),
                            instant(row, 9)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public List<StationFreshness> assessedStations() {
        String sql = "select station_id, town, last_hour_end, created_at from air_station where assessed = true";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            List<StationFreshness> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new StationFreshness(row.getString(1), row.getString(2), instant(row, 3),
                            instant(row, 4)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("could not access alerts: " + e.getMessage(), e);
    }
}
