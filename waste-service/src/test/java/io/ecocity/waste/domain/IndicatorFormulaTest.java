package io.ecocity.waste.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pure unit test of the formula language: nothing stubbed. */
class IndicatorFormulaTest {

    private static IndicatorValue eval(String formula, Map<String, BigDecimal> quantities, int scale) {
        return IndicatorFormula.parse(formula).evaluate(quantities, scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal valueOf(String formula, int scale) {
        IndicatorValue value = eval(formula, Map.of(), scale);
        assertTrue(value.isPresent(), () -> "absent: " + value.explanation());
        return value.value();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "1 + 2 * 3            | 7.00",
            "(1 + 2) * 3          | 9.00",
            "10 - 4 - 3           | 3.00",
            "100 / 4 / 5          | 5.00",
            "2 × 3 ÷ 4            | 1.50",
            "7 − 2                | 5.00",
            "-3 + 5               | 2.00",
            "-(2 + 3) * 2         | -10.00",
            "0.1 + 0.2            | 0.30",
            "1 / 3 * 3            | 1.00",
            "2 / 3 * 100          | 66.67",
            "((((1))))            | 1.00",
    })
    void arithmeticFollowsPrecedenceAndIsExact(String formula, String expected) {
        assertEquals(new BigDecimal(expected), valueOf(formula, 2));
    }

    @Test
    void rationalArithmeticDoesNotAccumulateRoundingError() {
        // 1/3 + 1/3 + 1/3 is exactly 1; a decimal intermediate would give 0.999…
        assertEquals(new BigDecimal("1.0000000000"), valueOf("1/3 + 1/3 + 1/3", 10));
    }

    @Test
    void quantitiesAreReadByDottedName() {
        Map<String, BigDecimal> q = Map.of("household.collected", new BigDecimal("2000"),
                "household.landfilled", new BigDecimal("250"));
        assertEquals(new BigDecimal("12.50"), eval("household.landfilled / household.collected * 100", q, 2).value());
    }

    @Test
    void finalRoundingUsesTheRequestedMode() {
        IndicatorFormula formula = IndicatorFormula.parse("1 / 8");
        assertEquals(new BigDecimal("0.13"), formula.evaluate(Map.of(), 2, RoundingMode.HALF_UP).value());
        assertEquals(new BigDecimal("0.12"), formula.evaluate(Map.of(), 2, RoundingMode.HALF_EVEN).value());
    }

    @Test
    void zeroDenominatorIsAbsentNotZeroOrHundred() {
        Map<String, BigDecimal> q = Map.of("a", new BigDecimal("5"), "b", new BigDecimal("0.000"));
        IndicatorValue value = eval("a / b * 100", q, 2);
        assertFalse(value.isPresent());
        assertEquals(AbsenceReason.ZERO_DENOMINATOR, value.absenceReason());
        assertTrue(value.explanation().contains("b"), value.explanation());
    }

    @Test
    void denominatorThatCancelsToZeroIsDetected() {
        Map<String, BigDecimal> q = Map.of("a", new BigDecimal("7"), "b", new BigDecimal("7"));
        IndicatorValue value = eval("1 / (a - b)", q, 2);
        assertEquals(AbsenceReason.ZERO_DENOMINATOR, value.absenceReason());
        assertTrue(value.explanation().contains("a - b"), value.explanation());
    }

    @Test
    void zeroNumeratorIsAPresentZero() {
        IndicatorValue value = eval("a / b * 100", Map.of("a", BigDecimal.ZERO, "b", BigDecimal.TEN), 2);
        assertEquals(new BigDecimal("0.00"), value.value());
    }

    @Test
    void missingQuantitiesAreAllNamedAndTakePrecedenceOverZero() {
        Map<String, BigDecimal> q = new HashMap<>();
        q.put("b", BigDecimal.ZERO);
        q.put("c", null);
        IndicatorValue value = eval("(a + c) / b", q, 2);
        assertEquals(AbsenceReason.NO_DATA, value.absenceReason());
        assertEquals("missing quantities: a, c", value.explanation());
    }

    @Test
    void quantityNamesAreCollectedOnceSorted() {
        assertEquals(Set.of("x.b", "x.a"), IndicatorFormula.parse("x.b / (x.a + x.b) * 100").quantityNames());
    }

    @ParameterizedTest(name = "''{0}'' fails at {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "''           | 1  | empty formula",
            "'   '        | 4  | empty formula",
            "'a +'        | 4  | unexpected end",
            "'(a + b'     | 1  | never closed",
            "'(a + b c'   | 8  | expected ')'",
            "'a + b)'     | 6  | unmatched ')'",
            "'a $ b'      | 3  | unexpected '$'",
            "'a * * b'    | 5  | unexpected '*'",
            "'1.'         | 3  | decimal point",
            "'1.5.2'      | 4  | inside a number",
            "'2a'         | 2  | inside a number",
            "'a..b'       | 3  | followed by a letter",
            "'a.'         | 3  | followed by a letter",
            "'a b'        | 3  | after a complete expression",
            "'max(a, b)'  | 4  | after a complete expression",
            "'1e5'        | 2  | inside a number",
            "'a ^ 2'      | 3  | unexpected '^'",
            "'()'         | 2  | unexpected ')'",
    })
    void syntaxErrorsNameThePosition(String formula, int position, String problem) {
        FormulaSyntaxException error = assertThrows(FormulaSyntaxException.class, () -> IndicatorFormula.parse(formula));
        assertEquals(position, error.position(), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
        assertTrue(error.getMessage().contains("position " + position), error.getMessage());
    }

    @Test
    void deepNestingAndOverlongTextAreRefused() {
        String deep = "(".repeat(IndicatorFormula.MAX_NESTING + 1) + "1" + ")".repeat(IndicatorFormula.MAX_NESTING + 1);
        assertThrows(FormulaSyntaxException.class, () -> IndicatorFormula.parse(deep));
        String justDeepEnough = "(".repeat(IndicatorFormula.MAX_NESTING - 1) + "1" + ")".repeat(IndicatorFormula.MAX_NESTING - 1);
        assertEquals(BigDecimal.ONE, IndicatorFormula.parse(justDeepEnough).evaluate(Map.of(), 0, RoundingMode.UNNECESSARY).value());
        String tooLong = "1" + " + 1".repeat(IndicatorFormula.MAX_LENGTH / 4);
        assertThrows(FormulaSyntaxException.class, () -> IndicatorFormula.parse(tooLong));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a / (b + c) * 100     | a     | b + c | 100",
            "100 * (a / b)         | a     | b     | 100",
            "(a + d) * 100 / b     | a + d | b     | 100",
            "a / b                 | a     | b     | 1",
    })
    void ratioShapeIsRecognised(String formula, String numerator, String denominator, String factor) {
        IndicatorFormula.Ratio ratio = IndicatorFormula.parse(formula).asRatio().orElseThrow();
        assertEquals(numerator, ratio.numerator().text());
        assertEquals(denominator, ratio.denominator().text());
        assertEquals(new BigDecimal(factor), ratio.factor());
    }

    @Test
    void nonRatioHasNoRatioShape() {
        assertTrue(IndicatorFormula.parse("a + b").asRatio().isEmpty());
        assertTrue(IndicatorFormula.parse("a * b").asRatio().isEmpty());
    }

    @Test
    void ratioPartsRenderNonAssociativeOperatorsFaithfully() {
        IndicatorFormula.Ratio ratio = IndicatorFormula.parse("(a - (b - c)) / (d / (e / f))").asRatio().orElseThrow();
        Map<String, BigDecimal> q = Map.of("a", BigDecimal.TEN, "b", new BigDecimal("4"), "c", BigDecimal.ONE,
                "d", new BigDecimal("8"), "e", new BigDecimal("4"), "f", new BigDecimal("2"));
        assertEquals(new BigDecimal("7"), ratio.numerator().evaluate(q, 0, RoundingMode.UNNECESSARY).value());
        assertEquals(new BigDecimal("4"), ratio.denominator().evaluate(q, 0, RoundingMode.UNNECESSARY).value());
    }
}
