package io.ecocity.waste.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped catalogue file (real, read from the class path) evaluated over hand-made figures; nothing stubbed. */
class IndicatorCalculatorTest {

    private static final IndicatorCatalogue CATALOGUE = CatalogueJson.loadDefault();
    private final IndicatorCalculator calculator = new IndicatorCalculator(CATALOGUE);

    /** A month of made-up figures, in tonnes; the expected rates below are worked out by hand from them. */
    static Map<String, BigDecimal> handMadeMonth() {
        Map<String, BigDecimal> q = new HashMap<>();
        q.put("industrialSolid.generated", new BigDecimal("1000"));
        q.put("industrialSolid.utilised", new BigDecimal("870"));
        q.put("industrialSolid.utilisedFromStorage", new BigDecimal("50"));
        q.put("industrialSolid.disposed", new BigDecimal("100"));
        q.put("industrialSolid.stored", new BigDecimal("80"));
        q.put("household.collected", new BigDecimal("2000"));
        q.put("household.recycled", new BigDecimal("500"));
        q.put("household.incinerated", new BigDecimal("1300"));
        q.put("household.foodWasteTreated", new BigDecimal("400"));
        q.put("household.landfilled", new BigDecimal("250"));
        q.put("construction.generated", new BigDecimal("3000"));
        q.put("construction.resourceUtilised", new BigDecimal("1234"));
        q.put("agricultural.strawCollectible", new BigDecimal("600"));
        q.put("agricultural.strawUtilised", new BigDecimal("555"));
        q.put("agricultural.manureGenerated", new BigDecimal("700"));
        q.put("agricultural.manureUtilised", new BigDecimal("612.5"));
        q.put("medical.generated", new BigDecimal("30"));
        q.put("medical.disposed", new BigDecimal("29.99"));
        q.put("hazardous.generated", new BigDecimal("90"));
        q.put("hazardous.utilised", new BigDecimal("40"));
        q.put("hazardous.disposed", new BigDecimal("47"));
        return q;
    }

    @ParameterizedTest(name = "{0} = {1} %")
    @CsvSource(delimiter = '|', value = {
            // 870 / (1000 + 50) × 100 = 82.857…
            "INDUSTRIAL_SOLID_WASTE_UTILISATION_RATE      | 82.86",
            // (500 + 400) / (2000 + 500) × 100
            "HOUSEHOLD_WASTE_RECYCLING_RATE               | 36.00",
            // (1300 + 400 + 250) / 2000 × 100
            "HOUSEHOLD_WASTE_HARMLESS_TREATMENT_RATE      | 97.50",
            // 250 / 2000 × 100
            "HOUSEHOLD_WASTE_LANDFILL_SHARE               | 12.50",
            // 1234 / 3000 × 100 = 41.133…
            "CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE | 41.13",
            // 555 / 600 × 100
            "STRAW_UTILISATION_RATE                       | 92.50",
            // 612.5 / 700 × 100
            "LIVESTOCK_MANURE_UTILISATION_RATE            | 87.50",
            // (40 + 47) / 90 × 100 = 96.666…
            "HAZARDOUS_WASTE_UTILISATION_DISPOSAL_RATE    | 96.67",
            // 29.99 / 30 × 100 = 99.966…
            "MEDICAL_WASTE_DISPOSAL_RATE                  | 99.97",
    })
    void eachIndicatorFromHandMadeFigures(String code, String expectedPercent) {
        IndicatorResult result = calculator.compute(code, handMadeMonth());
        assertEquals(new BigDecimal(expectedPercent), result.value().value());
        assertEquals("%", result.indicator().unit());
    }

    @Test
    void computeAllCoversTheWholeCatalogueInOrder() {
        List<IndicatorResult> results = calculator.computeAll(handMadeMonth());
        assertEquals(CATALOGUE.codes(), results.stream().map(r -> r.indicator().code()).toList());
        assertTrue(results.stream().allMatch(r -> r.value().isPresent()));
    }

    static List<String> catalogueCodes() {
        return CATALOGUE.codes();
    }

    @ParameterizedTest
    @MethodSource("catalogueCodes")
    void zeroDenominatorIsAbsentAndMarked(String code) {
        Map<String, BigDecimal> zeros = Arrays.stream(WasteQuantity.values())
                .collect(Collectors.toMap(WasteQuantity::key, quantity -> BigDecimal.ZERO));
        IndicatorValue value = calculator.compute(code, zeros).value();
        assertFalse(value.isPresent());
        assertEquals(null, value.value());
        assertEquals(AbsenceReason.ZERO_DENOMINATOR, value.absenceReason());
    }

    @ParameterizedTest
    @MethodSource("catalogueCodes")
    void missingQuantityIsNoData(String code) {
        IndicatorValue value = calculator.compute(code, Map.of()).value();
        assertEquals(AbsenceReason.NO_DATA, value.absenceReason());
        IndicatorFormula formula = calculator.formula(code);
        formula.quantityNames().forEach(name -> assertTrue(value.explanation().contains(name)));
    }

    @Test
    void defaultCatalogueCoversTheRequiredIndicators() {
        assertEquals("zero-waste-indicators-v1", CATALOGUE.version());
        for (String required : List.of("INDUSTRIAL_SOLID_WASTE_UTILISATION_RATE", "HOUSEHOLD_WASTE_RECYCLING_RATE",
                "HOUSEHOLD_WASTE_HARMLESS_TREATMENT_RATE", "HOUSEHOLD_WASTE_LANDFILL_SHARE",
                "CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE", "STRAW_UTILISATION_RATE",
                "LIVESTOCK_MANURE_UTILISATION_RATE", "HAZARDOUS_WASTE_UTILISATION_DISPOSAL_RATE")) {
            assertTrue(CATALOGUE.find(required).isPresent(), required);
        }
        assertEquals(IndicatorDirection.LOWER_IS_BETTER, CATALOGUE.require("HOUSEHOLD_WASTE_LANDFILL_SHARE").direction());
        assertTrue(CATALOGUE.require("CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE").mandatory());
    }

    @Test
    void definitionsOutsideTheStandardsFolderAreMarkedUnverified() {
        Set<String> own = Set.of("HOUSEHOLD_WASTE_LANDFILL_SHARE", "HAZARDOUS_WASTE_UTILISATION_DISPOSAL_RATE",
                "MEDICAL_WASTE_DISPOSAL_RATE");
        for (IndicatorDefinition indicator : CATALOGUE.indicators()) {
            VerificationStatus expected = own.contains(indicator.code()) ? VerificationStatus.UNVERIFIED : VerificationStatus.SECONDARY;
            assertEquals(expected, indicator.verification(), indicator.code());
        }
    }

    @Test
    void everyCatalogueFormulaReadsOnlyReportFields() {
        Set<String> fields = Arrays.stream(WasteQuantity.values()).map(WasteQuantity::key).collect(Collectors.toSet());
        for (String code : CATALOGUE.codes()) {
            assertTrue(fields.containsAll(calculator.formula(code).quantityNames()), code);
        }
    }

    @Test
    void roundingModeIsConfigurable() {
        // 1 / 800 × 100 = 0.125 exactly: the tie shows the mode.
        Map<String, BigDecimal> q = Map.of("construction.generated", new BigDecimal("800"),
                "construction.resourceUtilised", BigDecimal.ONE);
        String code = "CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE";
        assertEquals(new BigDecimal("0.13"), calculator.compute(code, q).value().value());
        assertEquals(new BigDecimal("0.12"),
                new IndicatorCalculator(CATALOGUE, RoundingMode.HALF_EVEN).compute(code, q).value().value());
    }

    @Test
    void periodSumsAddMonthsAndDropQuantitiesMissingInAnyMonth() {
        Map<String, BigDecimal> january = Map.of("construction.generated", new BigDecimal("100"),
                "construction.resourceUtilised", new BigDecimal("30"), "medical.generated", new BigDecimal("2"));
        Map<String, BigDecimal> february = Map.of("construction.generated", new BigDecimal("300"),
                "construction.resourceUtilised", new BigDecimal("170.5"));
        Map<String, BigDecimal> sums = IndicatorCalculator.sumReports(List.of(january, february));
        assertEquals(new BigDecimal("400"), sums.get("construction.generated"));
        assertEquals(new BigDecimal("200.5"), sums.get("construction.resourceUtilised"));
        assertFalse(sums.containsKey("medical.generated"));
        // (30 + 170.5) / (100 + 300) × 100: the period rate, not the mean of monthly rates
        assertEquals(new BigDecimal("50.13"),
                calculator.compute("CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE", sums).value().value());
        assertTrue(IndicatorCalculator.sumReports(List.of()).isEmpty());
    }

    private static MonthlyFigures figures(String town, String month, String... keyValues) {
        Map<String, BigDecimal> quantities = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            quantities.put(keyValues[i], new BigDecimal(keyValues[i + 1]));
        }
        return new MonthlyFigures(town, java.time.YearMonth.parse(month), quantities);
    }

    @Test
    void anIndicatorRestsOnTheReportsThatCarryItsQuantities() {
        String construction = "CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE";
        List<MonthlyFigures> city = List.of(
                figures("茶山", "2023-01", "construction.generated", "100", "construction.resourceUtilised", "40"),
                figures("石排", "2023-01", "construction.generated", "300", "construction.resourceUtilised", "200"),
                // a town that reported only household waste neither adds to construction nor makes it missing
                figures("虎门", "2023-01", "household.collected", "900", "household.landfilled", "90"));
        IndicatorComputation rate = calculator.computeOver(construction, city);
        // (40 + 200) / (100 + 300) × 100
        assertEquals(new BigDecimal("60.00"), rate.value().value());
        assertEquals(2, rate.reportsUsed());
        assertEquals(Set.of("茶山", "石排"), rate.towns());
        IndicatorComputation landfill = calculator.computeOver("HOUSEHOLD_WASTE_LANDFILL_SHARE", city);
        assertEquals(new BigDecimal("10.00"), landfill.value().value());
        assertEquals(Set.of("虎门"), landfill.towns());
        assertEquals(Set.of(java.time.YearMonth.of(2023, 1)), landfill.months());
    }

    @Test
    void aReportCarryingOnlyPartOfAnIndicatorsQuantitiesMakesItNoData() {
        List<MonthlyFigures> months = List.of(
                figures("茶山", "2023-01", "construction.generated", "100", "construction.resourceUtilised", "40"),
                figures("茶山", "2023-02", "construction.generated", "100"));
        IndicatorComputation rate = calculator.computeOver("CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE", months);
        assertEquals(AbsenceReason.NO_DATA, rate.value().absenceReason());
        assertTrue(rate.value().explanation().contains("construction.resourceUtilised"), rate.value().explanation());
        assertEquals(2, rate.reportsUsed());
    }

    @Test
    void noReportsAtAllIsNoDataWithAnEmptyBasis() {
        List<IndicatorComputation> all = calculator.computeAllOver(List.of());
        assertEquals(CATALOGUE.codes(), all.stream().map(c -> c.result().indicator().code()).toList());
        for (IndicatorComputation computation : all) {
            assertEquals(AbsenceReason.NO_DATA, computation.value().absenceReason());
            assertEquals(0, computation.reportsUsed());
            assertTrue(computation.months().isEmpty());
        }
    }

    private static IndicatorDefinition definition(String code, String formula) {
        return new IndicatorDefinition(code, "名", "name", formula, "%", 2, IndicatorDirection.HIGHER_IS_BETTER,
                false, VerificationStatus.UNVERIFIED, null, null);
    }

    @Test
    void catalogueRejectsDuplicateCodesAndBadFormulas() {
        assertThrows(IllegalArgumentException.class, () -> new IndicatorCatalogue("v", List.of(
                definition("A", "household.collected"), definition("A", "household.recycled"))));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> new IndicatorCatalogue("v", List.of(definition("B", "household.collected /"))));
        assertTrue(bad.getMessage().contains("B") && bad.getMessage().contains("position"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new IndicatorCatalogue(" ", List.of()));
    }

    @Test
    void calculatorRejectsFormulasOverUnknownQuantities() {
        IndicatorCatalogue catalogue = new IndicatorCatalogue("v", List.of(definition("C", "household.collectd * 100")));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new IndicatorCalculator(catalogue));
        assertTrue(error.getMessage().contains("household.collectd"), error.getMessage());
    }

    @Test
    void unknownIndicatorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> calculator.compute("NOPE", handMadeMonth()));
        assertTrue(CATALOGUE.find("NOPE").isEmpty());
    }
}
