package io.ecocity.waste.domain;

import java.math.BigDecimal;

/**
 * Received tonnes against the permitted annual capacity of one category in one year.
 * {@code usedSharePercent} has scale 2 (HALF_UP) and is null when nothing is permitted.
 */
public record CapacityUsage(
        String facilityId,
        String category,
        int year,
        BigDecimal permittedTonnes,
        BigDecimal receivedTonnes,
        BigDecimal usedSharePercent,
        boolean alert) {
}
