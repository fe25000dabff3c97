package io.ecocity.waste.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Target progress over the shipped catalogue; the quantity source is an in-memory set of monthly reports
 * that, like the service, counts a month only when the range holds all of it.
 */
class WasteTargetProgressTest {

    private static final String CONSTRUCTION = "CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE";
    private static final IndicatorCalculator CALCULATOR = new IndicatorCalculator(CatalogueJson.loadDefault());
    private final WasteTargetProgress progress = new WasteTargetProgress(CALCULATOR, TargetStatusPolicy.defaults());

    /** Jan–Apr 2023: 100 t generated each month, 50/55/60/65 t utilised → 230 / 400 = 57.5 % year to date. */
    private final Map<YearMonth, Map<String, BigDecimal>> months = new TreeMap<>(Map.of(
            YearMonth.of(2023, 1), construction("100", "50"),
            YearMonth.of(2023, 2), construction("100", "55"),
            YearMonth.of(2023, 3), construction("100", "60"),
            YearMonth.of(2023, 4), construction("100", "65")));

    private final QuantitySource source = (from, to) -> {
        List<Map<String, BigDecimal>> inside = new ArrayList<>();
        months.forEach((month, report) -> {
            if (!month.atDay(1).isBefore(from) && !month.atEndOfMonth().isAfter(to)) {
                inside.add(report);
            }
        });
        return IndicatorCalculator.sumReports(inside);
    };

    private static Map<String, BigDecimal> construction(String generated, String utilised) {
        return Map.of("construction.generated", new BigDecimal(generated), "construction.resourceUtilised", new BigDecimal(utilised));
    }

    private static WasteTarget target(String value) {
        return new WasteTarget(CONSTRUCTION, 2023, new BigDecimal(value), IndicatorDirection.HIGHER_IS_BETTER);
    }

    private static final LocalDate END_OF_APRIL = LocalDate.of(2023, 4, 30);

    @Test
    void metTargetIsOnTrack() {
        TargetProgress result = progress.progressOn(target("55"), END_OF_APRIL, source);
        assertEquals(new BigDecimal("57.50"), result.yearToDate().value());
        assertEquals(TargetStatus.ON_TRACK, result.status());
    }

    @ParameterizedTest(name = "remaining {0} t needs {1} % → {2}")
    @CsvSource({
            // (60 × (400 + R) − 100 × 230) ÷ R
            "800,   61.25,  AT_RISK",
            "100,   70.00,  AT_RISK",
            "25,    100.00, AT_RISK",    // exactly 100 % is still feasible
            "24.99, 100.02, OFF_TRACK", // 2499.4 ÷ 24.99 = 100.016
            "10,    160.00, OFF_TRACK",
    })
    void missedTargetIsAtRiskWhileTheNeededRateIsFeasible(String remaining, String required, TargetStatus status) {
        TargetProgress result = progress.progressOn(target("60"), END_OF_APRIL, source, new BigDecimal(remaining));
        assertEquals(status, result.status(), result.statusReason());
        assertEquals(new BigDecimal(required), result.remaining().requiredRate());
        assertEquals(new BigDecimal("230.000000"), result.remaining().yearToDateNumerator());
        assertEquals(new BigDecimal("400.000000"), result.remaining().yearToDateDenominator());
    }

    @Test
    void remainingDenominatorIsProjectedFromThePace() {
        TargetProgress result = progress.progressOn(target("60"), END_OF_APRIL, source);
        // 30 April is day 120 of 365: 400 × 245 ÷ 120
        assertEquals(new BigDecimal("816.666667"), result.remaining().expectedRemainingDenominator());
        // 60 + (60 × 400 − 23000) ÷ 816.666667 = 61.2245
        assertEquals(new BigDecimal("61.22"), result.remaining().requiredRate());
        assertEquals(TargetStatus.AT_RISK, result.status());
    }

    @Test
    void paceIsMeasuredOverTheDaysTheFiguresCoverNotTheCalendar() {
        QuantitySource monthly = new QuantitySource() {
            @Override
            public Map<String, BigDecimal> sumsBetween(LocalDate from, LocalDate to) {
                return source.sumsBetween(from, to);
            }

            @Override
            public long daysCovered(LocalDate from, LocalDate to) {
                return months.keySet().stream().filter(m -> !m.atDay(1).isBefore(from) && !m.atEndOfMonth().isAfter(to))
                        .mapToLong(YearMonth::lengthOfMonth).sum();
            }
        };
        // On 15 May the figures still end with April: 400 t over 120 days, 245 days to come, as on 30 April
        TargetProgress midMay = progress.progressOn(target("60"), LocalDate.of(2023, 5, 15), monthly);
        assertEquals(new BigDecimal("816.666667"), midMay.remaining().expectedRemainingDenominator());
        assertEquals(new BigDecimal("61.22"), midMay.remaining().requiredRate());
        // On 31 December with only January to April reported, the year is not over for the figures: still AT_RISK
        TargetProgress yearEnd = progress.progressOn(target("60"), LocalDate.of(2023, 12, 31), monthly);
        assertEquals(TargetStatus.AT_RISK, yearEnd.status(), yearEnd.statusReason());
        assertEquals(new BigDecimal("816.666667"), yearEnd.remaining().expectedRemainingDenominator());
    }

    @Test
    void checkpointsCoverWeekMonthQuarterAndYear() {
        List<Checkpoint> checkpoints = progress.progressOn(target("60"), END_OF_APRIL, source).checkpoints();
        assertEquals(List.of(CheckpointPeriod.WEEK, CheckpointPeriod.MONTH, CheckpointPeriod.QUARTER, CheckpointPeriod.YEAR),
                checkpoints.stream().map(Checkpoint::period).toList());
        // 30 April 2023 is a Sunday; its ISO week holds no whole month of reports
        assertEquals(LocalDate.of(2023, 4, 24), checkpoints.get(0).from());
        assertEquals(TargetStatus.NO_DATA, checkpoints.get(0).status());
        assertEquals(new BigDecimal("65.00"), checkpoints.get(1).value().value());
        assertEquals(TargetStatus.ON_TRACK, checkpoints.get(1).status());
        assertEquals(LocalDate.of(2023, 4, 1), checkpoints.get(2).from());
        assertEquals(TargetStatus.ON_TRACK, checkpoints.get(2).status());
        // 57.5 is 2.5 points short, beyond the 2-point margin
        assertEquals(TargetStatus.OFF_TRACK, checkpoints.get(3).status());
        checkpoints.forEach(checkpoint -> assertEquals(END_OF_APRIL, checkpoint.to()));
    }

    @Test
    void weekCheckpointIsClippedToTheTargetYear() {
        // 1 January 2023 is a Sunday; its ISO week starts on 26 December 2022
        Checkpoint week = progress.progressOn(target("60"), LocalDate.of(2023, 1, 1), source).checkpoints().get(0);
        assertEquals(LocalDate.of(2023, 1, 1), week.from());
    }

    @ParameterizedTest(name = "{0} against 60 → {1}")
    @CsvSource({
            "60,    ON_TRACK",
            "58,    AT_RISK",    // exactly the 2-point margin
            "57.99, OFF_TRACK",
    })
    void checkpointRuleUsesTheMargin(String value, TargetStatus status) {
        assertEquals(status, progress.checkpointStatus(target("60"), IndicatorValue.of(new BigDecimal(value))));
    }

    @Test
    void lowerIsBetterCountsShortfallUpwards() {
        WasteTarget landfill = new WasteTarget("HOUSEHOLD_WASTE_LANDFILL_SHARE", 2023, new BigDecimal("10"), IndicatorDirection.LOWER_IS_BETTER);
        assertEquals(TargetStatus.ON_TRACK, progress.checkpointStatus(landfill, IndicatorValue.of(new BigDecimal("9.5"))));
        assertEquals(TargetStatus.AT_RISK, progress.checkpointStatus(landfill, IndicatorValue.of(new BigDecimal("12"))));
        assertEquals(TargetStatus.OFF_TRACK, progress.checkpointStatus(landfill, IndicatorValue.of(new BigDecimal("12.01"))));
    }

    @Test
    void lowerIsBetterYearStatusNeedsANonNegativeRate() {
        months.clear();
        months.put(YearMonth.of(2023, 1), Map.of("household.collected", new BigDecimal("1000"), "household.landfilled", new BigDecimal("150")));
        WasteTarget landfill = new WasteTarget("HOUSEHOLD_WASTE_LANDFILL_SHARE", 2023, new BigDecimal("10"), IndicatorDirection.LOWER_IS_BETTER);
        LocalDate endOfJanuary = LocalDate.of(2023, 1, 31);
        // (10 × (1000 + 1000) − 100 × 150) ÷ 1000 = 5 % landfill for the rest: feasible
        TargetProgress feasible = progress.progressOn(landfill, endOfJanuary, source, new BigDecimal("1000"));
        assertEquals(new BigDecimal("5.00"), feasible.remaining().requiredRate());
        assertEquals(TargetStatus.AT_RISK, feasible.status());
        // (10 × (1000 + 400) − 15000) ÷ 400 = −2.5 %: impossible
        TargetProgress infeasible = progress.progressOn(landfill, endOfJanuary, source, new BigDecimal("400"));
        assertEquals(new BigDecimal("-2.50"), infeasible.remaining().requiredRate());
        assertEquals(TargetStatus.OFF_TRACK, infeasible.status());
    }

    @Test
    void missedTargetAtYearEndIsOffTrack() {
        TargetProgress result = progress.progressOn(target("60"), LocalDate.of(2023, 12, 31), source);
        assertEquals(TargetStatus.OFF_TRACK, result.status());
        assertNull(result.remaining().requiredRate());
        assertEquals(0, result.remaining().expectedRemainingDenominator().signum());
    }

    @Test
    void noReportsMeansNoData() {
        months.clear();
        TargetProgress result = progress.progressOn(target("60"), END_OF_APRIL, source);
        assertEquals(TargetStatus.NO_DATA, result.status());
        assertEquals(AbsenceReason.NO_DATA, result.yearToDate().absenceReason());
        assertNull(result.remaining());
        assertTrue(result.checkpoints().stream().allMatch(c -> c.status() == TargetStatus.NO_DATA));
    }

    @Test
    void zeroYearToDateDenominatorIsNoDataNotZeroPercent() {
        months.clear();
        months.put(YearMonth.of(2023, 1), construction("0", "0"));
        TargetProgress result = progress.progressOn(target("60"), LocalDate.of(2023, 1, 31), source);
        assertEquals(TargetStatus.NO_DATA, result.status());
        assertEquals(AbsenceReason.ZERO_DENOMINATOR, result.yearToDate().absenceReason());
    }

    @Test
    void dayOutsideTheTargetYearIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> progress.progressOn(target("60"), LocalDate.of(2024, 1, 1), source));
    }

    @Test
    void requiredRateFormulaStandsAlone() {
        // target 90 %, 450 of 500 so far (90 %), 500 more expected: keep 90 %
        assertEquals(new BigDecimal("90.00"), WasteTargetProgress.requiredRemainingRate(new BigDecimal("90"), new BigDecimal("100"),
                new BigDecimal("450"), new BigDecimal("500"), new BigDecimal("500"), 2, RoundingMode.HALF_UP).orElseThrow());
        assertTrue(WasteTargetProgress.requiredRemainingRate(new BigDecimal("90"), new BigDecimal("100"),
                new BigDecimal("450"), new BigDecimal("500"), BigDecimal.ZERO, 2, RoundingMode.HALF_UP).isEmpty());
    }

    @Test
    void nonRatioIndicatorFallsBackToTheMarginRule() {
        IndicatorCatalogue catalogue = new IndicatorCatalogue("test", List.of(new IndicatorDefinition("HAZARDOUS_TOTAL", "危险废物产生总量",
                "Hazardous waste generated", "hazardous.generated", "t", 0, IndicatorDirection.LOWER_IS_BETTER, false,
                VerificationStatus.UNVERIFIED, null, null)));
        WasteTargetProgress totals = new WasteTargetProgress(new IndicatorCalculator(catalogue), TargetStatusPolicy.defaults());
        months.clear();
        months.put(YearMonth.of(2023, 1), Map.of("hazardous.generated", new BigDecimal("101")));
        WasteTarget cap = new WasteTarget("HAZARDOUS_TOTAL", 2023, new BigDecimal("100"), IndicatorDirection.LOWER_IS_BETTER);
        TargetProgress result = totals.progressOn(cap, LocalDate.of(2023, 1, 31), source);
        assertNull(result.remaining());
        assertEquals(TargetStatus.AT_RISK, result.status());
    }
}
