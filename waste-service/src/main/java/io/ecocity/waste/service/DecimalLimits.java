package io.ecocity.waste.service;

import java.math.BigDecimal;
import java.util.Optional;

/** What the database keeps of a figure: numeric(18,6), i.e. at most 12 integer digits and 6 decimal places. */
final class DecimalLimits {

    static final int MAX_SCALE = 6;
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private DecimalLimits() {
    }

    /** Why {@code value} cannot be stored exactly, if it cannot; a stored figure is never silently rounded. */
    static Optional<String> problemOf(BigDecimal value) {
        // the suite's bound first: the messages below format the value, which 1e999999999 must never reach
        Optional<String> unbounded = io.ecocity.support.input.DecimalBounds.problemOf(value);
        if (unbounded.isPresent()) {
            return unbounded;
        }
        if (value.abs().compareTo(LIMIT) >= 0) {
            return Optional.of("must be below 10^12, was " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > MAX_SCALE) {
            return Optional.of("at most " + MAX_SCALE + " decimal places, was " + value.toPlainString());
        }
        return Optional.empty();
    }
}
