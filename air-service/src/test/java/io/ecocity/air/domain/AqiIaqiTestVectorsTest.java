package io.ecocity.air.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every row of aqi_iaqi_test_vectors.csv through the real calculator, for both editions; nothing stubbed.
 * A numeric cell is the exact IAQI; a text cell names a rule, whose behaviour is asserted.
 */
class AqiIaqiTestVectorsTest {

    private static final String VECTORS = "/standards/aqi_iaqi_test_vectors.csv";
    private static final Pattern SUBSTITUTE_RULE = Pattern.compile("use (\\w+) IAQI");
    private static final String BEYOND_TABLE = "beyond table (standard silent)";

    private static final AirQualityIndexCalculator CALCULATOR = new AirQualityIndexCalculator();
    private static final AirQualityIndexCalculator WITHOUT_CAP = new AirQualityIndexCalculator(
            new AqiCalculationOptions(false, RoundingMode.HALF_EVEN, AboveTopBreakpointPolicy.NO_IAQI));

    record Vector(int row, AqiEdition edition, AqiIndicator indicator, BigDecimal concentration, String unit,
                  String expected) {
        @Override
        public String toString() {
            return "row " + row + " " + edition + " " + indicator + " " + concentration + " " + unit + " → "
                    + expected;
        }
    }

    static List<Vector> vectors() {
        List<Vector> vectors = new ArrayList<>();
        int row = 0;
        for (Map<String, String> cells : StandardCsv.read(VECTORS)) {
            row++;
            AqiIndicator indicator = AqiIndicator.fromTableName(cells.get("indicator"));
            BigDecimal concentration = new BigDecimal(cells.get("concentration"));
            vectors.add(new Vector(row, AqiEdition.HJ633_2012, indicator, concentration, cells.get("unit"),
                    cells.get("expected_iaqi_hj633_2012")));
            vectors.add(new Vector(row, AqiEdition.HJ633_2026, indicator, concentration, cells.get("unit"),
                    cells.get("expected_iaqi_hj633_2026")));
        }
        return vectors;
    }

    static Stream<Arguments> allVectors() {
        return vectors().stream().map(Arguments::of);
    }

    @Test
    void theTableHasAll216RowsForBothEditions() {
        assertEquals(432, vectors().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allVectors")
    void everyExpectedCellHolds(Vector vector) {
        assertEquals(vector.indicator().pollutant().unit(), vector.unit(), "unit of " + vector.indicator());
        if (vector.expected().matches("\\d+")) {
            assertNumericCell(vector, Integer.parseInt(vector.expected()));
            return;
        }
        Matcher substitute = SUBSTITUTE_RULE.matcher(vector.expected());
        if (substitute.matches()) {
            assertSubstituteCell(vector, AqiIndicator.fromTableName(substitute.group(1)));
        } else if (vector.expected().equals(BEYOND_TABLE)) {
            assertBeyondTableCell(vector);
        } else {
            fail("cell names a rule this test does not know: '" + vector.expected() + "'");
        }
    }

    private static void assertNumericCell(Vector vector, int expected) {
        AqiReportKind kind = reportKindOf(vector.edition(), vector.indicator());
        AirQualityIndex index = CALCULATOR.calculate(vector.edition(), kind,
                Map.of(vector.indicator(), vector.concentration()));
        IndividualAqi individual = index.individual(vector.indicator()).orElseThrow();
        assertEquals(OptionalInt.of(expected), individual.iaqi(), vector.toString());
        assertEquals(OptionalInt.of(expected), index.aqiFromAvailableIndicators());
        assertFalse(individual.capped(), "a value inside the table is not capped");
        boolean specialRule = (vector.indicator() == AqiIndicator.SO2_1H || vector.indicator() == AqiIndicator.O3_8H)
                && individual.concentrationUsed().compareTo(new BigDecimal("800")) > 0;
        assertEquals(specialRule, individual.ruleApplied().isPresent(), "rule applied: " + individual.ruleApplied());
        assertEquals(individual, CALCULATOR.individualAqi(vector.edition(), vector.indicator(),
                vector.concentration()));
    }

    /** "use X IAQI": the indicator has no IAQI of its own; in a report it takes the IAQI of X. */
    private static void assertSubstituteCell(Vector vector, AqiIndicator replacement) {
        IndividualAqi alone = CALCULATOR.individualAqi(vector.edition(), vector.indicator(), vector.concentration());
        assertEquals(OptionalInt.empty(), alone.iaqi(), "no IAQI from the value itself");
        assertTrue(alone.ruleApplied().isPresent());

        AqiReportKind kind = reportKindAccepting(vector.edition(), vector.indicator(), replacement);
        List<Vector> replacementRows = vectors().stream()
                .filter(v -> v.edition() == vector.edition() && v.indicator() == replacement)
                .filter(v -> v.expected().matches("\\d+"))
                .toList();
        assertFalse(replacementRows.isEmpty());
        for (Vector replacementRow : replacementRows) {
            AirQualityIndex index = CALCULATOR.calculate(vector.edition(), kind, Map.of(
                    vector.indicator(), vector.concentration(), replacement, replacementRow.concentration()));
            IndividualAqi substituted = index.individual(vector.indicator()).orElseThrow();
            assertEquals(OptionalInt.of(Integer.parseInt(replacementRow.expected())), substituted.iaqi(),
                    vector + " with " + replacementRow);
            assertEquals(alone.ruleApplied(), substituted.ruleApplied());
        }

        AirQualityIndex withoutReplacement = CALCULATOR.calculate(vector.edition(), kind,
                Map.of(vector.indicator(), vector.concentration()));
        IndividualAqi unresolved = withoutReplacement.individual(vector.indicator()).orElseThrow();
        assertEquals(OptionalInt.empty(), unresolved.iaqi(), "never zero when the substitute is missing");
        assertEquals(OptionalInt.empty(), withoutReplacement.aqiFromAvailableIndicators());
    }

    /** "beyond table": the standard is silent; the project caps at 500 and flags it, or gives no IAQI. */
    private static void assertBeyondTableCell(Vector vector) {
        IndividualAqi capped = CALCULATOR.individualAqi(vector.edition(), vector.indicator(), vector.concentration());
        assertEquals(OptionalInt.of(500), capped.iaqi());
        assertTrue(capped.capped());
        assertEquals(Optional.empty(), capped.ruleApplied());

        IndividualAqi uncapped = WITHOUT_CAP.individualAqi(vector.edition(), vector.indicator(),
                vector.concentration());
        assertEquals(OptionalInt.empty(), uncapped.iaqi());
        assertTrue(uncapped.capped());
    }

    private static AqiReportKind reportKindOf(AqiEdition edition, AqiIndicator indicator) {
        for (AqiReportKind kind : AqiReportKind.values()) {
            if (AirQualityIndexCalculator.reportIndicators(edition, kind).contains(indicator)) {
                return kind;
            }
        }
        throw new AssertionError("no " + edition + " report rates " + indicator);
    }

    private static AqiReportKind reportKindAccepting(AqiEdition edition, AqiIndicator... indicators) {
        Set<AqiIndicator> needed = EnumSet.of(indicators[0], indicators);
        for (AqiReportKind kind : AqiReportKind.values()) {
            if (AirQualityIndexCalculator.acceptedIndicators(edition, kind).containsAll(needed)) {
                return kind;
            }
        }
        throw new AssertionError("no " + edition + " report takes " + needed);
    }
}
