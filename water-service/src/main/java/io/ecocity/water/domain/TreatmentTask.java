package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Sewage-treatment work planned and completed by a town in a year (counts of facilities or works, and
 * their treatment capacity in m³/d).
 */
public record TreatmentTask(int year, String town, int plannedCount, int completedCount,
                            BigDecimal plannedCapacity, BigDecimal completedCapacity) {

    public TreatmentTask {
        Objects.requireNonNull(town);
        Objects.requireNonNull(plannedCapacity);
        Objects.requireNonNull(completedCapacity);
        if (plannedCount < 0 || completedCount < 0 || plannedCapacity.signum() < 0 || completedCapacity.signum() < 0) {
            throw new IllegalArgumentException("treatment counts and capacities must not be negative");
        }
    }
}
