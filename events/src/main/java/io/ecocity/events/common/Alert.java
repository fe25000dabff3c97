package io.ecocity.events.common;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Payload of schema {@code alert.v1}: An alert raised (or cleared) by a domain service.
 */
public record Alert(
        String alertId,
        String domain,
        String kind,
        String severity,
        String state,
        String subjectId,
        String town,
        String title,
        String message,
        BigDecimal value,
        BigDecimal threshold,
        String unit,
        OffsetDateTime raisedAt) {
}
