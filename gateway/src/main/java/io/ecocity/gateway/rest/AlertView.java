package io.ecocity.gateway.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An alert of a domain service, with the bureau's acknowledgement. The same condition raised "
        + "again keeps its alertId; raised again after being cleared, it needs a new acknowledgement.")
public record AlertView(String alertId,
        @Schema(enumeration = {"air", "water", "waste"}) String domain,
        @Schema(description = "e.g. CITY_AQI_HOURLY, SAMPLE_WORSE_THAN_TARGET, RECEIPT_OVERDUE") String kind,
        @Schema(enumeration = {"INFO", "WARNING", "CRITICAL"}) String severity,
        @Schema(enumeration = {"RAISED", "CLEARED"}) String state,
        @Schema(description = "station, section, manifest or facility id; CITY for the city") String subjectId,
        String town, String title, String message, BigDecimal value, BigDecimal threshold, String unit,
        OffsetDateTime raisedAt,
        @Schema(description = "when the gateway last heard of the alert") OffsetDateTime changedAt,
        OffsetDateTime clearedAt, boolean acknowledged, OffsetDateTime acknowledgedAt, String acknowledgedBy,
        String acknowledgeNote) {

    @Schema(description = "Alerts in state RAISED, by severity; unacknowledged counts those nobody acknowledged yet.")
    public record ActiveAlerts(long total, long critical, long warning, long info, long unacknowledged) {
    }
}
