package io.ecocity.waste.service;

import io.ecocity.events.EventType;
import io.ecocity.events.common.Alert;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.events.EventOutbox;
import io.ecocity.waste.repository.AlertEntity;
import io.ecocity.waste.repository.AlertRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Raises and clears alerts, each announced on {@code waste.alerts} (ecocity.waste.alert.v1) keyed by its id. An alert
 * id names the condition (kind and subject), so the same condition is one alert: raised again it is announced only
 * when what it says changed.
 */
@ApplicationScoped
public class AlertService {

    public static final String RAISED = "RAISED";
    public static final String CLEARED = "CLEARED";

    private final AlertRepository alerts;
    private final EventOutbox outbox;

    public AlertService(AlertRepository alerts, EventOutbox outbox) {
        this.alerts = alerts;
        this.outbox = outbox;
    }

    /** An alert as raised; {@code value}, {@code threshold} and {@code unit} may be null. */
    public record AlertDraft(String alertId, String kind, String severity, String subjectId, String town, String title,
            String message, BigDecimal value, BigDecimal threshold, String unit) {
    }

    /** The id of an alert about one subject: {@code waste:<kind>:<subject>[:<detail>...]}. */
    public static String alertId(String kind, String subjectId, Object... details) {
        StringBuilder id = new StringBuilder("waste:").append(kind).append(':').append(subjectId);
        for (Object detail : details) {
            id.append(':').append(detail);
        }
        return id.toString();
    }

    /** Raises the alert, or updates a raised one whose message or severity changed; true when an event was written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean raise(AlertDraft draft, Instant at) {
        AlertEntity alert = alerts.findByAlertId(draft.alertId()).orElse(null);
        if (alert != null && RAISED.equals(alert.state) && alert.message.equals(draft.message())
                && alert.severity.equals(draft.severity())) {
            return false;
        }
        if (alert == null) {
            alert = new AlertEntity();
            alert.alertId = draft.alertId();
        }
        if (!RAISED.equals(alert.state)) {
            alert.raisedAt = at;
            alert.clearedAt = null;
        }
        alert.kind = draft.kind();
        alert.severity = draft.severity();
        alert.state = RAISED;
        alert.subjectId = draft.subjectId();
        alert.town = draft.town();
        alert.title = draft.title();
        alert.message = draft.message();
        alert.value = draft.value();
        alert.threshold = draft.threshold();
        alert.unit = draft.unit();
        alert.updatedAt = at;
        if (alert.id == null) {
            alerts.persist(alert);
        }
        announce(alert);
        return true;
    }

    /** Clears a raised alert with a closing message; false (and nothing written) when it is not raised. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean clear(String alertId, String message, Instant at) {
        AlertEntity alert = alerts.findByAlertId(alertId).orElse(null);
        if (alert == null || !RAISED.equals(alert.state)) {
            return false;
        }
        alert.state = CLEARED;
        alert.message = Objects.requireNonNull(message);
        alert.clearedAt = at;
        alert.updatedAt = at;
        announce(alert);
        return true;
    }

    private void announce(AlertEntity alert) {
        outbox.append(EventType.WASTE_ALERT, alert.alertId, new Alert(alert.alertId, "waste", alert.kind, alert.severity,
                alert.state, alert.subjectId, alert.town, alert.title, alert.message, alert.value, alert.threshold,
                alert.unit, BeijingTime.of(alert.raisedAt)));
    }
}
