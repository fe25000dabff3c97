package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * @param plannedSamplesPerYear samples a section gets in a year; default 12, monthly sampling of
 *        national sections (docs/standards/rules.md §4.2 time aggregation, [U]).
 * @param attainableDissolvedOxygenMax the highest DO mean counted as attainable; default 14.6 mg/L,
 *        the saturation of fresh water at 0 °C (a project policy, not from the standard).
 * @param requiredMeanDisplayScale decimals of a displayed required mean; default 3. It is rounded in the
 *        safe direction: down for a maximum, up for a minimum.
 */
public record TargetProgressOptions(int plannedSamplesPerYear, BigDecimal attainableDissolvedOxygenMax, int requiredMeanDisplayScale) {

    public TargetProgressOptions {
        if (plannedSamplesPerYear < 1) {
            throw new IllegalArgumentException("plannedSamplesPerYear must be at least 1");
        }
        Objects.requireNonNull(attainableDissolvedOxygenMax);
        if (requiredMeanDisplayScale < 0) {
            throw new IllegalArgumentException("requiredMeanDisplayScale must not be negative");
        }
    }

    public static TargetProgressOptions defaults() {
        return new TargetProgressOptions(12, new BigDecimal("14.6"), 3);
    }
}
