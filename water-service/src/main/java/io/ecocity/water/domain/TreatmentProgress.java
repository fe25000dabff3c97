package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Totals for a town, or for the city when {@code town} is empty. A completion percent may exceed 100
 * (the bureau reported 143.3 %) and is absent when nothing was planned: neither 0 nor 100 would be true.
 */
public record TreatmentProgress(
        int year,
        Optional<String> town,
        int plannedCount,
        int completedCount,
        BigDecimal plannedCapacity,
        BigDecimal completedCapacity,
        Optional<BigDecimal> countCompletionPercent,
        Optional<BigDecimal> capacityCompletionPercent) {

    public TreatmentProgress {
        Objects.requireNonNull(town);
        Objects.requireNonNull(plannedCapacity);
        Objects.requireNonNull(completedCapacity);
        Objects.requireNonNull(countCompletionPercent);
        Objects.requireNonNull(capacityCompletionPercent);
    }
}
