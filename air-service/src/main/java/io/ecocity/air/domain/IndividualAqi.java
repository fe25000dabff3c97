package io.ecocity.air.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The IAQI of one indicator (分指数). {@code concentrationUsed} is the concentration after the edition's rounding;
 * {@code iaqi} is empty when no IAQI can be given (a 2012 &gt;800 substitute that is itself missing, or a value
 * above the table under {@link AboveTopBreakpointPolicy#NO_IAQI}); it is never zero for "unknown".
 */
public record IndividualAqi(AqiIndicator indicator, BigDecimal concentration, BigDecimal concentrationUsed,
                            OptionalInt iaqi, boolean capped, Optional<IaqiRule> ruleApplied) {

    public IndividualAqi {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(concentration, "concentration");
        Objects.requireNonNull(concentrationUsed, "concentrationUsed");
        Objects.requireNonNull(iaqi, "iaqi");
        Objects.requireNonNull(ruleApplied, "ruleApplied");
    }

    public Pollutant pollutant() {
        return indicator.pollutant();
    }
}
