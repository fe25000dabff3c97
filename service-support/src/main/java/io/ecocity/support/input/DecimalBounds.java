package io.ecocity.support.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecocity.support.problem.InvalidInputException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one bound every number from outside (REST bodies, Kafka payloads, query parameters) passes before any
 * arithmetic or formatting: {@code 1e999999999} is a short literal, but {@code toPlainString()} or {@code setScale}
 * on it asks for a gigabyte. A number is accepted when, without its trailing zeros, its magnitude is below
 * 10^{@value #MAX_INTEGER_DIGITS}, it has at most {@value #MAX_SCALE} decimal places and at most
 * {@value #MAX_PRECISION} significant digits (so formatting any accepted number costs at most some 70 characters); NaN and infinities are refused. Zero in any spelling ({@code -0},
 * {@code 0e-999999999}) is zero. Each service's plausibility ceilings come after this bound, never instead of it.
 */
public final class DecimalBounds {

    /** Digits before the decimal point: precision − scale of the value without trailing zeros. */
    public static final int MAX_INTEGER_DIGITS = 30;
    /**
     * Decimal places and significant digits: room for every figure the suite computes itself (a mean to
     * {@code MathContext.DECIMAL128} has 34 digits) and reads back from an event; the services' own rules allow far
     * fewer in their inputs (air 6 decimals, water 8, waste 6).
     */
    public static final int MAX_SCALE = 40;
    public static final int MAX_PRECISION = 40;

    private DecimalBounds() {
    }

    /** Why {@code value} is out of bounds, or empty when it is within them. Never formats the value in full. */
    public static Optional<String> problemOf(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return Optional.empty();
        }
        // cheap even for 1E+999999999: the unscaled value is short (the JSON reader bounds its length)
        BigDecimal stripped = value.stripTrailingZeros();
        long integerDigits = (long) stripped.precision() - stripped.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return Optional.of("is too large: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        if (stripped.scale() > MAX_SCALE) {
            return Optional.of("has too many decimal places: at most " + MAX_SCALE);
        }
        if (stripped.precision() > MAX_PRECISION) {
            return Optional.of("has too many significant digits: at most " + MAX_PRECISION);
        }
        return Optional.empty();
    }

    /** The same bounds for a binary floating-point number, which may also be NaN or infinite. */
    public static Optional<String> problemOf(double value) {
        if (Double.isNaN(value)) {
            return Optional.of("is not a number (NaN)");
        }
        if (Double.isInfinite(value)) {
            return Optional.of("is infinite");
        }
        return problemOf(BigDecimal.valueOf(value));
    }

    /** {@code value} itself when within bounds (zero as plain {@code 0}); else a 400 naming {@code field}. */
    public static BigDecimal require(String field, BigDecimal value) {
        Optional<String> problem = problemOf(value);
        if (problem.isPresent()) {
            throw new InvalidInputException(field, field + " " + problem.get());
        }
        return value == null || value.signum() != 0 ? value : BigDecimal.ZERO;
    }

    /**
     * A JSON number node as a bounded decimal: {@link Checked#problem()} says why not when it is not a number
     * (NaN, a string, an object...) or out of bounds. Reads leniently parsed NaN/Infinity as the doubles they are.
     */
    public static Checked check(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return new Checked(null, "must be a number");
        }
        if (node.isDouble() || node.isFloat()) {
            Optional<String> problem = problemOf(node.doubleValue());
            if (problem.isPresent()) {
                return new Checked(null, problem.get());
            }
        }
        BigDecimal value = node.decimalValue();
        Optional<String> problem = problemOf(value);
        return problem.map(p -> new Checked(null, p))
                .orElseGet(() -> new Checked(value.signum() == 0 ? BigDecimal.ZERO : value, null));
    }

    /** A decimal within bounds, or the reason it is not. */
    public record Checked(BigDecimal value, String problem) {
        public boolean valid() {
            return problem == null;
        }
    }
}
