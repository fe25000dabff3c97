package io.ecocity.waste.domain;

import java.math.BigDecimal;

/**
 * What the rest of the year must achieve for a rate target.
 *
 * @param expectedRemainingDenominator supplied by the caller, or projected at the year-to-date daily pace
 * @param requiredRate                 the rate over the remaining denominator that makes the year meet the target,
 *                                     in the indicator's unit and scale; null when nothing remains
 * @param achievable                   whether that rate lies within the feasible range of {@link TargetStatusPolicy}
 */
public record RemainingRequirement(
        BigDecimal yearToDateNumerator,
        BigDecimal yearToDateDenominator,
        BigDecimal expectedRemainingDenominator,
        BigDecimal requiredRate,
        boolean achievable) {
}
