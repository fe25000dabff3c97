package io.ecocity.waste.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pure unit test of the monthly-report checks; nothing stubbed. */
class MonthlyReportValidatorTest {

    private static Map<String, BigDecimal> report(String... keyValues) {
        Map<String, BigDecimal> report = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            report.put(keyValues[i], new BigDecimal(keyValues[i + 1]));
        }
        return report;
    }

    @Test
    void consistentReportHasNoViolations() {
        assertEquals(List.of(), MonthlyReportValidator.validate(IndicatorCalculatorTest.handMadeMonth()));
    }

    @Test
    void negativeValuesAreFlaggedPerField() {
        List<FieldViolation> violations = MonthlyReportValidator.validate(report(
                "medical.generated", "-1", "hazardous.disposed", "-0.001", "medical.disposed", "0"));
        assertEquals(2, violations.size());
        assertTrue(violations.stream().anyMatch(v -> v.field().equals("medical.generated") && v.message().contains("negative")));
        assertTrue(violations.stream().anyMatch(v -> v.field().equals("hazardous.disposed")));
    }

    @Test
    void unknownFieldIsFlaggedWithTheFieldsOfItsStream() {
        List<FieldViolation> violations = MonthlyReportValidator.validate(report("household.colected", "5"));
        assertEquals(1, violations.size());
        assertEquals("household.colected", violations.get(0).field());
        assertEquals("unknown quantity: stream household has household.collected, household.recycled, "
                + "household.incinerated, household.foodWasteTreated, household.landfilled", violations.get(0).message());
    }

    @Test
    void unknownStreamIsFlaggedWithTheStreams() {
        List<FieldViolation> violations = MonthlyReportValidator.validate(report("electronic.generated", "5"));
        assertEquals(List.of(new FieldViolation("electronic.generated", "unknown quantity: no stream 'electronic'; the streams are "
                + "industrialSolid, household, construction, agricultural, medical, hazardous")), violations);
    }

    @Test
    void nullValueIsFlaggedAndSkipsTheBoundsItTakesPartIn() {
        Map<String, BigDecimal> report = new HashMap<>();
        report.put("construction.generated", null);
        report.put("construction.resourceUtilised", new BigDecimal("5"));
        assertEquals(List.of(new FieldViolation("construction.generated", "must be a number of tonnes, was null")),
                MonthlyReportValidator.validate(report));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // field blamed | report at the bound (valid) | same report just over it
            "industrialSolid.utilisedFromStorage | industrialSolid.utilised=50,industrialSolid.utilisedFromStorage=50 | industrialSolid.utilised=50,industrialSolid.utilisedFromStorage=50.01",
            "industrialSolid.utilised | industrialSolid.generated=100,industrialSolid.utilisedFromStorage=20,industrialSolid.utilised=120 | industrialSolid.generated=100,industrialSolid.utilisedFromStorage=20,industrialSolid.utilised=120.5",
            "household.collected | household.collected=100,household.incinerated=60,household.foodWasteTreated=30,household.landfilled=10,household.recycled=999 | household.collected=100,household.incinerated=60,household.foodWasteTreated=30,household.landfilled=10.1",
            "construction.resourceUtilised | construction.generated=10,construction.resourceUtilised=10 | construction.generated=10,construction.resourceUtilised=11",
            "agricultural.strawUtilised | agricultural.strawCollectible=10,agricultural.strawUtilised=10 | agricultural.strawCollectible=10,agricultural.strawUtilised=10.001",
            "agricultural.manureUtilised | agricultural.manureGenerated=10,agricultural.manureUtilised=10 | agricultural.manureGenerated=10,agricultural.manureUtilised=12",
    })
    void utilisedBeyondAvailableIsFlaggedExactlyAboveTheBound(String field, String atBound, String overBound) {
        assertEquals(List.of(), MonthlyReportValidator.validate(parse(atBound)));
        List<FieldViolation> violations = MonthlyReportValidator.validate(parse(overBound));
        assertEquals(1, violations.size(), violations::toString);
        assertEquals(field, violations.get(0).field());
    }

    @Test
    void checksNeedAllTheirFieldsAndSkipNegativeOnes() {
        // collected missing: no bound to check against
        assertEquals(List.of(), MonthlyReportValidator.validate(report("household.incinerated", "500")));
        // a negative operand gives its own violation and no noisy bound violation
        List<FieldViolation> violations = MonthlyReportValidator.validate(report(
                "construction.generated", "-5", "construction.resourceUtilised", "3"));
        assertEquals(List.of("construction.generated"), violations.stream().map(FieldViolation::field).toList());
    }

    @Test
    void hazardousAndMedicalStockFromEarlierPeriodsIsNotAViolation() {
        assertEquals(List.of(), MonthlyReportValidator.validate(report(
                "hazardous.generated", "10", "hazardous.utilised", "30", "hazardous.disposed", "30",
                "medical.generated", "5", "medical.disposed", "6")));
    }

    @Test
    void calculatorDelegatesToTheValidator() {
        IndicatorCalculator calculator = new IndicatorCalculator(CatalogueJson.loadDefault());
        assertEquals(1, calculator.validateMonthlyReport(report("medical.generated", "-3")).size());
    }

    private static Map<String, BigDecimal> parse(String pairs) {
        Map<String, BigDecimal> report = new HashMap<>();
        for (String pair : pairs.split(",")) {
            String[] kv = pair.split("=");
            report.put(kv[0].trim(), new BigDecimal(kv[1].trim()));
        }
        return report;
    }
}
