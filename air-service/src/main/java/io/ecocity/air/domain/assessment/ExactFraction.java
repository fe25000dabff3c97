package io.ecocity.air.domain.assessment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number. Means, sub-indexes and ratios do not terminate as decimals, and rounding a
 * truncated decimal twice can move a value across a reporting boundary, so they stay exact until display.
 */
public record ExactFraction(BigInteger numerator, BigInteger denominator) implements Comparable<ExactFraction> {

    public static final ExactFraction ZERO = new ExactFraction(BigInteger.ZERO, BigInteger.ONE);
    public static final ExactFraction ONE_HUNDRED = new ExactFraction(BigInteger.valueOf(100), BigInteger.ONE);

    public ExactFraction {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        // canonical form keeps equals/hashCode consistent with numeric equality
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() == 0) {
            denominator = BigInteger.ONE;
        } else if (!gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static ExactFraction of(long value) {
        return new ExactFraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public static ExactFraction of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        int scale = value.scale();
        if (scale >= 0) {
            return new ExactFraction(value.unscaledValue(), BigInteger.TEN.pow(scale));
        }
        return new ExactFraction(value.unscaledValue().multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }

    public static ExactFraction of(String decimal) {
        return of(new BigDecimal(decimal));
    }

    public static ExactFraction ratio(long numerator, long denominator) {
        return new ExactFraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public ExactFraction plus(ExactFraction other) {
        return new ExactFraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public ExactFraction minus(ExactFraction other) {
        return plus(other.negate());
    }

    public ExactFraction times(ExactFraction other) {
        return new ExactFraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public ExactFraction times(long factor) {
        return times(of(factor));
    }

    public ExactFraction dividedBy(ExactFraction divisor) {
        if (divisor.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return new ExactFraction(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
    }

    public ExactFraction dividedBy(long divisor) {
        return dividedBy(of(divisor));
    }

    public ExactFraction negate() {
        return new ExactFraction(numerator.negate(), denominator);
    }

    public int signum() {
        return numerator.signum();
    }

    /** Smallest integer not below this value. */
    public BigInteger ceiling() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /** Largest integer not above this value. */
    public BigInteger floor() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** The exact quotient rounded once to {@code scale} decimals. */
    public BigDecimal rounded(int scale, RoundingMode mode) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
    }

    /** For charts only: a double never feeds a value a standard rounds. */
    public double approximate() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
    }

    @Override
    public int compareTo(ExactFraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    public boolean isGreaterThan(ExactFraction other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(ExactFraction other) {
        return compareTo(other) < 0;
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
