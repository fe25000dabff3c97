package io.ecocity.air.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The arithmetic mean of exact decimals, kept exact whenever the quotient terminates.
 *
 * <p>A mean of n values with at most d decimals is a multiple of 10^-d / n. When it does not terminate (n with a
 * factor 3, 7, …) it is kept to d + 10 decimals, rounded half-even. Every place the standards later round or ceil
 * it (GB/T 8170 at integers or 0.1 mg/m³; IAQI integer crossings, whose concentrations have at most 3 decimals)
 * is a multiple of 10^-3, so it lies at least 10^-max(d,3) / n from a mean that does not equal it: more than the
 * 0.5·10^-(d+10) this rounding moves the mean for any n below 10^7. The kept value therefore rounds and ceils
 * exactly as the exact fraction would (no double rounding, docs/standards/rules.md §1.2). Scale is otherwise left as the arithmetic
 * gives it: the reporting precision of means is unverified (docs/standards/rules.md §7) and a publishing concern.
 */
public final class ExactMean {

    static final int EXTRA_DECIMALS = 10;

    private ExactMean() {
    }

    public static BigDecimal of(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the mean of no values");
        }
        BigDecimal sum = BigDecimal.ZERO;
        int decimals = 0;
        for (BigDecimal value : values) {
            sum = sum.add(value);
            decimals = Math.max(decimals, value.scale());
        }
        BigDecimal count = BigDecimal.valueOf(values.size());
        try {
            return sum.divide(count);
        } catch (ArithmeticException nonTerminating) {
            return sum.divide(count, decimals + EXTRA_DECIMALS, RoundingMode.HALF_EVEN);
        }
    }
}
