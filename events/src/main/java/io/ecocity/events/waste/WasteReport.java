package io.ecocity.events.waste;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Payload of schema {@code waste-report.v1}: A town's monthly waste figures. Inbound on waste.reports, keyed by town; the same fields as one item of POST /api/waste/reports.
 */
public record WasteReport(
        String town,
        String month,
        Map<String, BigDecimal> quantities) {
}
