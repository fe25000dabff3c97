package io.ecocity.waste.domain;

import java.math.BigDecimal;

/**
 * Tuning of {@link WasteTargetProgress}; the values are design choices, not from a standard.
 *
 * @param atRiskMargin    a period value short of the target by at most this much (in the indicator's unit,
 *                        i.e. percentage points for rates) is AT_RISK, beyond it OFF_TRACK (default 2)
 * @param feasibleMinimum lowest value an indicator can take, for deciding whether a required rate is
 *                        achievable (default 0); null for unbounded
 * @param feasibleMaximum highest value an indicator can take (default 100, a percentage); null for unbounded
 */
public record TargetStatusPolicy(BigDecimal atRiskMargin, BigDecimal feasibleMinimum, BigDecimal feasibleMaximum) {

    public TargetStatusPolicy {
        if (atRiskMargin == null || atRiskMargin.signum() < 0) {
            throw new IllegalArgumentException("atRiskMargin must be ≥ 0");
        }
    }

    public static TargetStatusPolicy defaults() {
        return new TargetStatusPolicy(new BigDecimal("2"), BigDecimal.ZERO, new BigDecimal("100"));
    }
}
