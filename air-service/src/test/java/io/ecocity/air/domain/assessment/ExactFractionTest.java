package io.ecocity.air.domain.assessment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pure value type, no stubs. */
class ExactFractionTest {

    @Test
    void equalValuesAreEqualWhateverTheirForm() {
        assertEquals(ExactFraction.ratio(1, 2), ExactFraction.of("0.50"));
        assertEquals(ExactFraction.ratio(1, 2).hashCode(), ExactFraction.ratio(-3, -6).hashCode());
        assertEquals(ExactFraction.of(1200), ExactFraction.of(new BigDecimal("1.2E+3")));
    }

    @ParameterizedTest(name = "{0}/{1} at {2} decimals = {3}")
    @CsvSource({
            // GB/T 8170: an exact half goes to the even neighbour, anything above it goes up
            "5, 2, 0, 2",
            "7, 2, 0, 4",
            "1, 8, 2, 0.12",
            "3, 8, 2, 0.38",
            "1, 3, 3, 0.333",
            "2, 3, 3, 0.667",
            "-5, 2, 0, -2",
    })
    void roundsTheExactQuotientOnceHalfEven(long numerator, long denominator, int scale, String expected) {
        assertEquals(new BigDecimal(expected), ExactFraction.ratio(numerator, denominator).rounded(scale, RoundingMode.HALF_EVEN));
    }

    @ParameterizedTest(name = "⌈{0}/{1}⌉ = {2}, ⌊{0}/{1}⌋ = {3}")
    @CsvSource({"7, 2, 4, 3", "-7, 2, -3, -4", "6, 3, 2, 2", "0, 5, 0, 0"})
    void ceilingAndFloor(long numerator, long denominator, long ceiling, long floor) {
        ExactFraction value = ExactFraction.ratio(numerator, denominator);
        assertEquals(BigInteger.valueOf(ceiling), value.ceiling());
        assertEquals(BigInteger.valueOf(floor), value.floor());
    }

    @Test
    void arithmeticStaysExact() {
        ExactFraction third = ExactFraction.ratio(1, 3);
        assertEquals(ExactFraction.of(1), third.plus(third).plus(third));
        assertEquals(ExactFraction.ratio(1, 9), third.times(third));
        assertEquals(ExactFraction.of(3), ExactFraction.of(1).dividedBy(third));
        assertEquals(ExactFraction.ratio(-2, 3), third.minus(ExactFraction.of(1)));
    }
}
