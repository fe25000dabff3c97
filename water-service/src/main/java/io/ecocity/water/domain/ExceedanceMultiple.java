package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * 超标倍数 (C − C_III) / C_III kept as its exact numerator and denominator: the quotient is often a
 * repeating decimal (1/6), and ranking main pollutants must not depend on where it was cut.
 */
public record ExceedanceMultiple(BigDecimal excess, BigDecimal classIIILimit)
        implements Comparable<ExceedanceMultiple> {

    public ExceedanceMultiple {
        Objects.requireNonNull(excess);
        Objects.requireNonNull(classIIILimit);
        if (classIIILimit.signum() <= 0) {
            throw new IllegalArgumentException("the class III limit must be positive");
        }
    }

    public static ExceedanceMultiple of(BigDecimal concentration, BigDecimal classIIILimit) {
        return new ExceedanceMultiple(concentration.subtract(classIIILimit), classIIILimit);
    }

    /** The quotient rounded once, from the exact fraction. */
    public BigDecimal rounded(int scale, RoundingMode rounding) {
        return excess.divide(classIIILimit, scale, rounding);
    }

    @Override
    public int compareTo(ExceedanceMultiple other) {
        // a/b vs c/d with positive denominators: compare a·d with c·b, no division needed
        return excess.multiply(other.classIIILimit).compareTo(other.excess.multiply(classIIILimit));
    }
}
