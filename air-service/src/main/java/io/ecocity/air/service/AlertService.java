package io.ecocity.air.service;

import io.ecocity.air.config.AirConfig;
import io.ecocity.air.repository.AlertStore;
import io.ecocity.air.repository.AlertStore.AlertRow;
import io.ecocity.air.repository.AlertStore.AlertState;
import io.ecocity.events.EventType;
import io.ecocity.events.common.Alert;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.events.EventOutbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The air alerts: the city AQI above the threshold (hourly and daily), and assessed stations gone silent. An alert
 * is raised and cleared under the same id, its condition's and period's: raised again after clearing (a corrected
 * hour, a day's AQI rising again), it is raised again under that id, as the gateway's view expects. Only the newest period evaluated moves an alert: a
 * back-filled or corrected older hour does not raise or clear what describes the present.
 */
@ApplicationScoped
public class AlertService {

    public static final String CITY_AQI_HOURLY = "CITY_AQI_HOURLY";
    public static final String CITY_AQI_DAILY = "CITY_AQI_DAILY";
    public static final String STATION_SILENT = "STATION_SILENT";
    static final String CITY = "CITY";
    private static final int VERY_UNHEALTHY_ABOVE = 200;

    private final AlertStore store;
    private final EventOutbox outbox;
    private final AirConfig.Alerts config;

    public AlertService(AlertStore store, EventOutbox outbox, AirConfig config) {
        this.store = store;
        this.outbox = outbox;
        this.config = config.alerts();
    }

    /** The city's hourly AQI for the hour ending at {@code hourEnd}; null when it is withheld or unknown. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cityHourlyAqi(Instant hourEnd, Integer aqi) {
        cityAqi(CITY_AQI_HOURLY, hourEnd, aqi, "hour ending " + BeijingTime.of(hourEnd));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cityDailyAqi(LocalDate day, Integer aqi) {
        cityAqi(CITY_AQI_DAILY, BeijingTime.startOf(day), aqi, "day " + day);
    }

    private void cityAqi(String kind, Instant period, Integer aqi, String periodLabel) {
        Optional<AlertState> existing = store.state(kind, CITY);
        AlertState state = existing.orElse(new AlertState(kind, CITY, null, null));
        if (state.evaluatedUntil() != null && period.isBefore(state.evaluatedUntil())) {
            return;
        }
        String openAlertId = state.openAlertId();
        int threshold = config.cityAqiAbove();
        if (aqi != null && aqi > threshold && openAlertId == null) {
            String alertId = "air:" + kind + ":" + CITY + ":" + period.getEpochSecond();
            AlertRow alert = new AlertRow(alertId, kind, CITY, null, "RAISED", BigDecimal.valueOf(aqi),
                    BigDecimal.valueOf(threshold), Instant.now().truncatedTo(ChronoUnit.MILLIS), null);
            store.raise(alert);
            announce(alert, aqi > VERY_UNHEALTHY_ABOVE ? "CRITICAL" : "WARNING",
                    "City AQI above " + threshold,
                    "The city AQI of the " + periodLabel + " is " + aqi + ", above " + threshold + ".");
            openAlertId = alertId;
        } else if (aqi != null && aqi <= threshold && openAlertId != null) {
            openAlertId = clear(openAlertId, BigDecimal.valueOf(aqi), "City AQI back at or below " + threshold,
                    "The city AQI of the " + periodLabel + " is " + aqi + ".");
        }
        store.saveState(new AlertState(kind, CITY, openAlertId, period), existing.isPresent());
    }

    @Scheduled(every = "${ecocity.air.alerts.silent-check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "30s")
    void scheduledSilentCheck() {
        checkSilentStations(Instant.now());
    }

    /** Raises STATION_SILENT for each assessed station without an hourly value for the configured time; clears it when data is back. */
    @Transactional
    public void checkSilentStations(Instant now) {
        Duration silentAfter = config.stationSilentAfter();
        for (AlertStore.StationFreshness station : store.assessedStations()) {
            Instant lastSign = station.lastHourEnd() != null ? station.lastHourEnd() : station.registeredAt();
            boolean silent = !lastSign.plus(silentAfter).isAfter(now);
            Optional<AlertState> existing = store.state(STATION_SILENT, station.stationId());
            String openAlertId = existing.map(AlertState::openAlertId).orElse(null);
            long silentHours = Duration.between(lastSign, now).toHours();
            if (silent && openAlertId == null) {
                String alertId = "air:" + STATION_SILENT + ":" + station.stationId() + ":" + lastSign.getEpochSecond();
                AlertRow alert = new AlertRow(alertId, STATION_SILENT, station.stationId(), station.town(), "RAISED",
                        BigDecimal.valueOf(silentHours), BigDecimal.valueOf(silentAfter.toHours()),
                        now.truncatedTo(ChronoUnit.MILLIS), null);
                store.raise(alert);
                announce(alert, "WARNING", "Station " + station.stationId() + " is silent",
                        "No hourly value from station " + station.stationId() + " since "
                                + BeijingTime.of(lastSign) + ".");
                store.saveState(new AlertState(STATION_SILENT, station.stationId(), alertId, now), existing.isPresent());
            } else if (!silent && openAlertId != null) {
                clear(openAlertId, BigDecimal.valueOf(silentHours), "Station " + station.stationId() + " reports again",
                        "Station " + station.stationId() + " reported the hour ending " + BeijingTime.of(lastSign) + ".");
                store.saveState(new AlertState(STATION_SILENT, station.stationId(), null, now), true);
            }
        }
    }

    private String clear(String alertId, BigDecimal value, String title, String message) {
        AlertRow raised = store.alert(alertId).orElseThrow();
        store.clear(alertId, Instant.now());
        AlertRow cleared = new AlertRow(raised.alertId(), raised.kind(), raised.subjectId(), raised.town(), "CLEARED",
                value, raised.threshold(), raised.raisedAt(), Instant.now());
        announce(cleared, "INFO", title, message);
        return null;
    }

    private void announce(AlertRow alert, String severity, String title, String message) {
        outbox.append(EventType.AIR_ALERT, alert.alertId(), new Alert(alert.alertId(), "air", alert.kind(), severity,
                alert.state(), alert.subjectId(), alert.town(), title, message, alert.value(), alert.threshold(),
                STATION_SILENT.equals(alert.kind()) ? "h" : null, BeijingTime.of(alert.raisedAt())));
    }
}
