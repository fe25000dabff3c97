package io.ecocity.events.waste;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Payload of schema {@code waste-indicator.v1}: A zero-waste indicator's value over a period.
 */
public record WasteIndicator(
        String indicatorCode,
        String nameZh,
        String nameEn,
        String scope,
        String town,
        String period,
        LocalDate from,
        LocalDate to,
        BigDecimal value,
        String absenceReason,
        String unit,
        String direction,
        BigDecimal lastYearValue,
        String catalogueVersion) {
}
