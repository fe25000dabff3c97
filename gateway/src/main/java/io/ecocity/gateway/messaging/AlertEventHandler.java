package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.common.Alert;
import io.ecocity.gateway.service.AlertService;
import io.ecocity.gateway.service.FreshnessTracker;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;

/** Collects the alerts of every domain; an alert on another domain's topic is refused. */
@Singleton
public class AlertEventHandler extends DomainTopicsHandler<Alert> {

    private final AlertService alerts;

    public AlertEventHandler(ContractReader reader, FreshnessTracker freshness, AlertService alerts) {
        super(reader, freshness, Map.of(
                Topics.AIR_ALERTS, EventType.AIR_ALERT,
                Topics.WATER_ALERTS, EventType.WATER_ALERT,
                Topics.WASTE_ALERTS, EventType.WASTE_ALERT), Alert.class);
        this.alerts = alerts;
    }

    @Override
    protected void apply(String domain, Alert alert, Instant eventTime) {
        alerts.apply(domain, alert, eventTime);
    }
}
