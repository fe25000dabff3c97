package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.common.Alert;
import io.ecocity.gateway.repository.CityAlertEntity;
import io.ecocity.gateway.service.AlertService;
import io.ecocity.gateway.service.FreshnessTracker;
import io.ecocity.gateway.service.KnownTowns;
import io.ecocity.gateway.service.ViewRows;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Collects the alerts of every domain; an alert on another domain's topic is refused. */
@Singleton
public class AlertEventHandler extends DomainTopicsHandler<Alert> {

    private final AlertService alerts;

    public AlertEventHandler(ContractReader reader, FreshnessTracker freshness, KnownTowns towns, ViewRows rows,
            AlertService alerts) {
        super(reader, freshness, towns, rows, Map.of(
                Topics.AIR_ALERTS, EventType.AIR_ALERT,
                Topics.WATER_ALERTS, EventType.WATER_ALERT,
                Topics.WASTE_ALERTS, EventType.WASTE_ALERT), Alert.class, "alert");
        this.alerts = alerts;
    }

    @Override
    protected String domainOf(Alert alert) {
        return alert.domain();
    }

    /**
     * Alerts of one id and one state are merged in a poll; a change of state is applied as it came, since raising
     * a cleared alert again asks for a new acknowledgement.
     */
    @Override
    protected ViewEvent read(EventType type, String domain, Alert alert, Instant eventTime) {
        return new ViewEvent(type, domain, alert, alert.alertId() + "/" + alert.state(),
                new ViewEvent.ByTime<Instant>(null, eventTime),
                List.of(new ViewRows.Key(CityAlertEntity.class, alert.alertId())), alert.town());
    }

    @Override
    protected void apply(String domain, Alert alert, Instant eventTime) {
        alerts.apply(domain, alert, eventTime);
    }
}
