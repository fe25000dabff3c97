package io.ecocity.waste.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value of a formula, or the reason there is none. Exactly one of {@code value} and
 * {@code absenceReason} is set; {@code explanation} names the missing quantities or the zero divisor.
 */
public record IndicatorValue(BigDecimal value, AbsenceReason absenceReason, String explanation) {

    public IndicatorValue {
        if ((value == null) == (absenceReason == null)) {
            throw new IllegalArgumentException("an indicator value is either present or absent with a reason");
        }
        if (absenceReason != null) {
            Objects.requireNonNull(explanation, "an absent value explains why");
        }
    }

    public static IndicatorValue of(BigDecimal value) {
        return new IndicatorValue(Objects.requireNonNull(value), null, null);
    }

    public static IndicatorValue absent(AbsenceReason reason, String explanation) {
        return new IndicatorValue(null, Objects.requireNonNull(reason), explanation);
    }

    public boolean isPresent() {
        return value != null;
    }
}
