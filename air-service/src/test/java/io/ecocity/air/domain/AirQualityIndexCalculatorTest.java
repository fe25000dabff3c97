package io.ecocity.air.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real calculator with the standards tables from the classpath; nothing stubbed. */
class AirQualityIndexCalculatorTest {

    private static final AirQualityIndexCalculator CALCULATOR = new AirQualityIndexCalculator();
    private static final AqiEdition E2012 = AqiEdition.HJ633_2012;
    private static final AqiEdition E2026 = AqiEdition.HJ633_2026;

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Map<AqiIndicator, BigDecimal> values(Object... indicatorAndValue) {
        Map<AqiIndicator, BigDecimal> values = new EnumMap<>(AqiIndicator.class);
        for (int i = 0; i < indicatorAndValue.length; i += 2) {
            values.put((AqiIndicator) indicatorAndValue[i], d((String) indicatorAndValue[i + 1]));
        }
        return values;
    }

    private static int iaqi(AirQualityIndex index, AqiIndicator indicator) {
        return index.individual(indicator).orElseThrow().iaqi().orElseThrow();
    }

    @Test
    void workedExamplesOfRules() {
        // docs/standards/rules.md §1.2: PM2.5 80 → 2012: 107, 2026: 119; PM2.5 35.5 → 2012 (as given): 51, 2026 (36): 52.
        assertEquals(OptionalInt.of(107), CALCULATOR.individualAqi(E2012, AqiIndicator.PM25_24H, d("80")).iaqi());
        assertEquals(OptionalInt.of(119), CALCULATOR.individualAqi(E2026, AqiIndicator.PM25_24H, d("80")).iaqi());
        assertEquals(OptionalInt.of(51), CALCULATOR.individualAqi(E2012, AqiIndicator.PM25_24H, d("35.5")).iaqi());
        assertEquals(OptionalInt.of(52), CALCULATOR.individualAqi(E2026, AqiIndicator.PM25_24H, d("35.5")).iaqi());
    }

    @Test
    void ceilingIsExactWhereFloatingPointGoesWrong() {
        // 50 + 25·0.2 = 55 exactly; a double computation gives 55.000000000000007 and ceils to 56.
        assertEquals(OptionalInt.of(55), CALCULATOR.individualAqi(E2012, AqiIndicator.CO_24H, d("2.2")).iaqi());
        assertEquals(OptionalInt.of(56), CALCULATOR.individualAqi(E2012, AqiIndicator.CO_24H, d("2.20001")).iaqi());
    }

    @ParameterizedTest(name = "2026 {0} {1} → {2} → IAQI {3}")
    @CsvSource({
            "PM25_24H, 34.5, 34, 49",
            "PM25_24H, 35.5, 36, 52",
            "PM25_24H, 36.5, 36, 52",
            "PM25_24H, 36.50001, 37, 54",
            "PM25_24H, 35.49999, 35, 50",
            "PM10_24H, 120.5, 120, 100",
            "PM10_24H, 121.5, 122, 101",
            "O3_8H, 160.5, 160, 100",
            "CO_24H, 2.25, 2.2, 55",
            "CO_24H, 2.35, 2.4, 60",
            "CO_24H, 2.250001, 2.3, 58",
            "CO_1H, 10.05, 10.0, 100",
            "CO_1H, 10.15, 10.2, 101"
    })
    void hj633_2026RoundsConcentrationsHalfEvenBeforeTheIaqi(AqiIndicator indicator, String given, String used,
                                                             int expectedIaqi) {
        IndividualAqi individual = CALCULATOR.individualAqi(E2026, indicator, d(given));
        assertEquals(d(used), individual.concentrationUsed());
        assertEquals(d(given), individual.concentration());
        assertEquals(OptionalInt.of(expectedIaqi), individual.iaqi());
    }

    @Test
    void hj633_2012UsesTheConcentrationAsGivenUnlessConfigured() {
        IndividualAqi asGiven = CALCULATOR.individualAqi(E2012, AqiIndicator.CO_24H, d("2.25"));
        assertEquals(d("2.25"), asGiven.concentrationUsed());
        assertEquals(OptionalInt.of(57), asGiven.iaqi());

        AirQualityIndexCalculator rounding2012 = new AirQualityIndexCalculator(
                new AqiCalculationOptions(true, RoundingMode.HALF_EVEN, AboveTopBreakpointPolicy.CAP_AT_500));
        IndividualAqi rounded = rounding2012.individualAqi(E2012, AqiIndicator.CO_24H, d("2.25"));
        assertEquals(d("2.2"), rounded.concentrationUsed());
        assertEquals(OptionalInt.of(55), rounded.iaqi());
        assertEquals(OptionalInt.of(52),
                rounding2012.individualAqi(E2012, AqiIndicator.PM25_24H, d("35.5")).iaqi());
    }

    @Test
    void theRoundingModeIsConfigurable() {
        AirQualityIndexCalculator halfUp = new AirQualityIndexCalculator(
                new AqiCalculationOptions(false, RoundingMode.HALF_UP, AboveTopBreakpointPolicy.CAP_AT_500));
        assertEquals(d("37"), halfUp.concentrationUsed(E2026, AqiIndicator.PM25_24H, d("36.5")));
        assertEquals(d("36"), CALCULATOR.concentrationUsed(E2026, AqiIndicator.PM25_24H, d("36.5")));
    }

    @Test
    void dailyAqiLevelPrimaryAndExceedanceIn2012() {
        AirQualityIndex index = CALCULATOR.calculate(E2012, AqiReportKind.DAILY, values(
                AqiIndicator.SO2_24H, "10", AqiIndicator.NO2_24H, "40", AqiIndicator.PM10_24H, "160",
                AqiIndicator.PM25_24H, "80", AqiIndicator.CO_24H, "1.0", AqiIndicator.O3_1H, "100",
                AqiIndicator.O3_8H, "170"));
        assertEquals(10, iaqi(index, AqiIndicator.SO2_24H));
        assertEquals(50, iaqi(index, AqiIndicator.NO2_24H));
        assertEquals(105, iaqi(index, AqiIndicator.PM10_24H));
        assertEquals(107, iaqi(index, AqiIndicator.PM25_24H));
        assertEquals(25, iaqi(index, AqiIndicator.CO_24H));
        assertEquals(32, iaqi(index, AqiIndicator.O3_1H));
        assertEquals(110, iaqi(index, AqiIndicator.O3_8H));
        assertEquals(OptionalInt.of(110), index.aqi());
        assertFalse(index.aqiWithheld());
        AqiLevel level = index.level().orElseThrow();
        assertEquals(3, level.level());
        assertEquals("三级", level.levelChinese());
        assertEquals("轻度污染", level.categoryChinese());
        assertEquals("Lightly polluted", level.categoryEnglish());
        assertEquals("橙色", level.colourChinese());
        assertEquals("#FF7E00", level.colourHex());
        assertEquals(Set.of(Pollutant.O3), index.primaryPollutants());
        assertEquals(Set.of(AqiIndicator.O3_8H), index.primaryIndicators());
        assertEquals(Set.of(Pollutant.PM10, Pollutant.PM25, Pollutant.O3), index.exceedancePollutants());
        assertEquals(List.of(), index.missingIndicators());
        assertFalse(index.capped());
    }

    @Test
    void theSameDayUnder2026HasNoExceedancePollutantsAndNoO3OneHour() {
        AirQualityIndex index = CALCULATOR.calculate(E2026, AqiReportKind.DAILY, values(
                AqiIndicator.SO2_24H, "10", AqiIndicator.NO2_24H, "40", AqiIndicator.PM10_24H, "160",
                AqiIndicator.PM25_24H, "80", AqiIndicator.CO_24H, "1.0", AqiIndicator.O3_8H, "170"));
        assertEquals(116, iaqi(index, AqiIndicator.PM10_24H));
        assertEquals(OptionalInt.of(119), index.aqi());
        assertEquals(Set.of(Pollutant.PM25), index.primaryPollutants());
        assertEquals(Set.of(), index.exceedancePollutants());
        assertThrows(IllegalArgumentException.class, () -> CALCULATOR.calculate(E2026, AqiReportKind.DAILY,
                values(AqiIndicator.O3_1H, "100")));
    }

    @Test
    void tiedPollutantsAreAllPrimary() {
        AirQualityIndex index = CALCULATOR.calculate(E2012, AqiReportKind.DAILY, values(
                AqiIndicator.SO2_24H, "10", AqiIndicator.NO2_24H, "40", AqiIndicator.PM10_24H, "150",
                AqiIndicator.PM25_24H, "75", AqiIndicator.CO_24H, "1.0", AqiIndicator.O3_1H, "100",
                AqiIndicator.O3_8H, "80"));
        assertEquals(OptionalInt.of(100), index.aqi());
        assertEquals(2, index.level().orElseThrow().level());
        assertEquals(Set.of(Pollutant.PM10, Pollutant.PM25), index.primaryPollutants());
        assertEquals(Set.of(), index.exceedancePollutants(), "IAQI 100 is not above the Grade II limit");
    }

    @Test
    void thereIsAPrimaryPollutantOnlyAboveFifty() {
        AirQualityIndex fifty = CALCULATOR.calculate(E2012, AqiReportKind.DAILY,
                values(AqiIndicator.PM25_24H, "35", AqiIndicator.NO2_24H, "20"));
        assertEquals(OptionalInt.of(50), fifty.aqi());
        assertEquals(Set.of(), fifty.primaryPollutants());
        assertEquals(1, fifty.level().orElseThrow().level());

        AirQualityIndex fiftyOne = CALCULATOR.calculate(E2012, AqiReportKind.DAILY,
                values(AqiIndicator.PM25_24H, "35.1", AqiIndicator.NO2_24H, "20"));
        assertEquals(OptionalInt.of(51), fiftyOne.aqi());
        assertEquals(Set.of(Pollutant.PM25), fiftyOne.primaryPollutants());
    }

    @ParameterizedTest(name = "AQI {0} → level {1} {2} {3}")
    @CsvSource({
            "0, 1, 优, #00E400", "50, 1, 优, #00E400",
            "51, 2, 良, #FFFF00", "100, 2, 良, #FFFF00",
            "101, 3, 轻度污染, #FF7E00", "150, 3, 轻度污染, #FF7E00",
            "151, 4, 中度污染, #FF0000", "200, 4, 中度污染, #FF0000",
            "201, 5, 重度污染, #99004C", "300, 5, 重度污染, #99004C",
            "301, 6, 严重污染, #7E0023", "500, 6, 严重污染, #7E0023"
    })
    void levelBoundaries(int aqi, int level, String category, String hex) {
        AqiLevel found = CALCULATOR.levelOf(aqi);
        assertEquals(level, found.level());
        assertEquals(category, found.categoryChinese());
        assertEquals(hex, found.colourHex());
    }

    @Test
    void levelsOutsideTheTableAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CALCULATOR.levelOf(501));
        assertThrows(IllegalArgumentException.class, () -> CALCULATOR.levelOf(-1));
        assertEquals(6, CALCULATOR.levels().size());
    }

    @Test
    void so2OneHourAbove800In2012TakesTheTwentyFourHourIaqi() {
        AirQualityIndex index = CALCULATOR.calculate(E2012, AqiReportKind.HOURLY, values(
                AqiIndicator.SO2_1H, "801", AqiIndicator.SO2_24H, "1200", AqiIndicator.NO2_1H, "50"));
        IndividualAqi so2 = index.individual(AqiIndicator.SO2_1H).orElseThrow();
        assertEquals(OptionalInt.of(250), so2.iaqi());
        assertEquals(Optional.of(IaqiRule.SO2_1H_ABOVE_800_USES_SO2_24H_IAQI), so2.ruleApplied());
        assertEquals(d("801"), so2.concentrationUsed());
        assertEquals(OptionalInt.of(250), index.aqi());
        assertEquals(Set.of(AqiIndicator.SO2_1H), index.primaryIndicators());
        assertFalse(index.individualIndices().containsKey(AqiIndicator.SO2_24H),
                "the 24-hour value only stands in; it is not an indicator of the real-time report");

        AirQualityIndex at800 = CALCULATOR.calculate(E2012, AqiReportKind.HOURLY, values(
                AqiIndicator.SO2_1H, "800", AqiIndicator.SO2_24H, "1200"));
        assertEquals(OptionalInt.of(200), at800.individual(AqiIndicator.SO2_1H).orElseThrow().iaqi());
        assertEquals(Optional.empty(), at800.individual(AqiIndicator.SO2_1H).orElseThrow().ruleApplied());

        AirQualityIndex withoutDailyValue = CALCULATOR.calculate(E2012, AqiReportKind.HOURLY, values(
                AqiIndicator.SO2_1H, "900", AqiIndicator.NO2_1H, "50"));
        assertEquals(OptionalInt.empty(), withoutDailyValue.individual(AqiIndicator.SO2_1H).orElseThrow().iaqi());
        assertEquals(OptionalInt.of(25), withoutDailyValue.aqi());
    }

    @Test
    void so2OneHourAbove800In2026Is200() {
        for (String concentration : List.of("800.6", "801", "5000")) {
            IndividualAqi so2 = CALCULATOR.individualAqi(E2026, AqiIndicator.SO2_1H, d(concentration));
            assertEquals(OptionalInt.of(200), so2.iaqi(), concentration);
            assertEquals(Optional.of(IaqiRule.SO2_1H_ABOVE_800_IS_200), so2.ruleApplied());
            assertFalse(so2.capped());
        }
        // 800.5 rounds half-even to 800, which is in the table.
        IndividualAqi edge = CALCULATOR.individualAqi(E2026, AqiIndicator.SO2_1H, d("800.5"));
        assertEquals(OptionalInt.of(200), edge.iaqi());
        assertEquals(Optional.empty(), edge.ruleApplied());
        // The 24-hour column goes on above 800.
        assertEquals(OptionalInt.of(201), CALCULATOR.individualAqi(E2026, AqiIndicator.SO2_24H, d("801")).iaqi());
    }

    @Test
    void o3EightHourAbove800In2012TakesTheOneHourIaqi() {
        AirQualityIndex index = CALCULATOR.calculate(E2012, AqiReportKind.DAILY, values(
                AqiIndicator.O3_8H, "800.1", AqiIndicator.O3_1H, "900", AqiIndicator.PM25_24H, "50"));
        IndividualAqi o3 = index.individual(AqiIndicator.O3_8H).orElseThrow();
        assertEquals(OptionalInt.of(350), o3.iaqi());
        assertEquals(Optional.of(IaqiRule.O3_8H_ABOVE_800_USES_O3_1H_IAQI), o3.ruleApplied());
        assertEquals(OptionalInt.of(350), index.aqi());
        assertEquals(Set.of(Pollutant.O3), index.primaryPollutants());
        assertEquals(6, index.level().orElseThrow().level());

        AirQualityIndex realTime = CALCULATOR.calculate(E2012, AqiReportKind.HOURLY, values(
                AqiIndicator.O3_8H, "1000", AqiIndicator.O3_1H, "1300"));
        IndividualAqi capped = realTime.individual(AqiIndicator.O3_8H).orElseThrow();
        assertEquals(OptionalInt.of(500), capped.iaqi());
        assertTrue(capped.capped(), "the substitute's cap carries over");
    }

    @Test
    void o3EightHourAbove800In2026Is300() {
        AirQualityIndex index = CALCULATOR.calculate(E2026, AqiReportKind.DAILY, values(
                AqiIndicator.O3_8H, "1500", AqiIndicator.PM25_24H, "50"));
        IndividualAqi o3 = index.individual(AqiIndicator.O3_8H).orElseThrow();
        assertEquals(OptionalInt.of(300), o3.iaqi());
        assertEquals(Optional.of(IaqiRule.O3_8H_ABOVE_800_IS_300), o3.ruleApplied());
        assertFalse(o3.capped());
        assertEquals(OptionalInt.of(300), index.aqi());
        assertEquals(5, index.level().orElseThrow().level());
    }

    @Test
    void aboveTheTopBreakpointIsCappedAt500AndFlagged() {
        AirQualityIndex index = CALCULATOR.calculate(E2012, AqiReportKind.DAILY,
                values(AqiIndicator.PM25_24H, "650", AqiIndicator.PM10_24H, "100"));
        IndividualAqi pm25 = index.individual(AqiIndicator.PM25_24H).orElseThrow();
        assertEquals(OptionalInt.of(500), pm25.iaqi());
        assertTrue(pm25.capped());
        assertEquals(OptionalInt.of(500), index.aqi());
        assertTrue(index.capped());
        assertEquals("严重污染", index.level().orElseThrow().categoryChinese());
        assertFalse(index.individual(AqiIndicator.PM10_24H).orElseThrow().capped());

        // 2026 rounds first: CO 60.05 → 60.0 is the top breakpoint itself; 60.06 → 60.1 is above it.
        IndividualAqi top = CALCULATOR.individualAqi(E2026, AqiIndicator.CO_24H, d("60.05"));
        assertEquals(OptionalInt.of(500), top.iaqi());
        assertFalse(top.capped());
        assertTrue(CALCULATOR.individualAqi(E2026, AqiIndicator.CO_24H, d("60.06")).capped());
    }

    @Test
    void missingIndicatorsAreNaAndTheOthersStillGiveTheAqiIn2012() {
        AirQualityIndex index = CALCULATOR.calculate(E2012, AqiReportKind.DAILY,
                values(AqiIndicator.PM25_24H, "40"));
        assertEquals(List.of(AqiIndicator.SO2_24H, AqiIndicator.NO2_24H, AqiIndicator.PM10_24H,
                AqiIndicator.CO_24H, AqiIndicator.O3_1H, AqiIndicator.O3_8H), index.missingIndicators());
        assertEquals(Set.of(AqiIndicator.PM25_24H), index.individualIndices().keySet());
        assertEquals(OptionalInt.of(57), index.aqi());
        assertFalse(index.aqiWithheld());
        assertEquals(Set.of(Pollutant.PM25), index.primaryPollutants());
    }

    @Test
    void hj633_2026WithholdsAnAqiOfAtMost100WhenAnIndicatorIsMissing() {
        AirQualityIndex withheld = CALCULATOR.calculate(E2026, AqiReportKind.DAILY,
                values(AqiIndicator.PM25_24H, "60", AqiIndicator.NO2_24H, "30"));
        assertTrue(withheld.aqiWithheld());
        assertEquals(OptionalInt.empty(), withheld.aqi());
        assertEquals(OptionalInt.of(100), withheld.aqiFromAvailableIndicators());
        assertEquals(Optional.empty(), withheld.level());
        assertEquals(Set.of(), withheld.primaryPollutants());
        assertEquals(OptionalInt.of(100), withheld.individual(AqiIndicator.PM25_24H).orElseThrow().iaqi(),
                "the individual IAQIs are still published");

        AirQualityIndex published = CALCULATOR.calculate(E2026, AqiReportKind.DAILY,
                values(AqiIndicator.PM25_24H, "61", AqiIndicator.NO2_24H, "30"));
        assertFalse(published.aqiWithheld());
        assertEquals(OptionalInt.of(101), published.aqi());
        assertEquals(Set.of(Pollutant.PM25), published.primaryPollutants());
        assertEquals(3, published.level().orElseThrow().level());

        AirQualityIndex complete = CALCULATOR.calculate(E2026, AqiReportKind.DAILY, values(
                AqiIndicator.SO2_24H, "5", AqiIndicator.NO2_24H, "20", AqiIndicator.PM10_24H, "30",
                AqiIndicator.PM25_24H, "20", AqiIndicator.CO_24H, "0.6", AqiIndicator.O3_8H, "90"));
        assertFalse(complete.aqiWithheld());
        assertEquals(OptionalInt.of(45), complete.aqi());
        assertEquals(List.of(), complete.missingIndicators());
    }

    @Test
    void hj633_2026AlsoWithholdsWhenAnIndicatorHasNoIaqi() {
        AirQualityIndexCalculator noIaqiAboveTable = new AirQualityIndexCalculator(
                new AqiCalculationOptions(false, RoundingMode.HALF_EVEN, AboveTopBreakpointPolicy.NO_IAQI));
        AirQualityIndex index = noIaqiAboveTable.calculate(E2026, AqiReportKind.DAILY, values(
                AqiIndicator.SO2_24H, "5", AqiIndicator.NO2_24H, "20", AqiIndicator.PM10_24H, "30",
                AqiIndicator.PM25_24H, "700", AqiIndicator.CO_24H, "0.6", AqiIndicator.O3_8H, "90"));
        assertTrue(index.aqiWithheld());
        assertEquals(OptionalInt.empty(), index.aqi());
    }

    @Test
    void reportIndicatorsOfEachEditionAndKind() {
        assertEquals(List.of(AqiIndicator.SO2_1H, AqiIndicator.NO2_1H, AqiIndicator.PM10_24H, AqiIndicator.PM25_24H,
                        AqiIndicator.CO_1H, AqiIndicator.O3_1H, AqiIndicator.O3_8H),
                AirQualityIndexCalculator.reportIndicators(E2012, AqiReportKind.HOURLY));
        assertEquals(List.of(AqiIndicator.SO2_24H, AqiIndicator.NO2_24H, AqiIndicator.PM10_24H,
                        AqiIndicator.PM25_24H, AqiIndicator.CO_24H, AqiIndicator.O3_1H, AqiIndicator.O3_8H),
                AirQualityIndexCalculator.reportIndicators(E2012, AqiReportKind.DAILY));
        assertEquals(List.of(AqiIndicator.SO2_1H, AqiIndicator.NO2_1H, AqiIndicator.PM10_24H, AqiIndicator.PM25_24H,
                        AqiIndicator.CO_1H, AqiIndicator.O3_1H),
                AirQualityIndexCalculator.reportIndicators(E2026, AqiReportKind.HOURLY));
        assertEquals(List.of(AqiIndicator.SO2_24H, AqiIndicator.NO2_24H, AqiIndicator.PM10_24H,
                        AqiIndicator.PM25_24H, AqiIndicator.CO_24H, AqiIndicator.O3_8H),
                AirQualityIndexCalculator.reportIndicators(E2026, AqiReportKind.DAILY));
        assertTrue(AirQualityIndexCalculator.acceptedIndicators(E2012, AqiReportKind.HOURLY)
                .contains(AqiIndicator.SO2_24H));
        assertFalse(AirQualityIndexCalculator.acceptedIndicators(E2026, AqiReportKind.HOURLY)
                .contains(AqiIndicator.SO2_24H));
    }

    @Test
    void hj633_2026RatesRealTimePmOneHourValuesWithTheDailyBreakpoints() {
        AirQualityIndex index = CALCULATOR.calculate(E2026, AqiReportKind.HOURLY, values(
                AqiIndicator.SO2_1H, "10", AqiIndicator.NO2_1H, "50", AqiIndicator.PM10_24H, "60",
                AqiIndicator.PM25_24H, "80", AqiIndicator.CO_1H, "0.8", AqiIndicator.O3_1H, "120"));
        assertEquals(119, iaqi(index, AqiIndicator.PM25_24H));
        assertEquals(OptionalInt.of(119), index.aqi());
        assertEquals(Set.of(Pollutant.PM25), index.primaryPollutants());
    }

    @Test
    void invalidInputIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> CALCULATOR.individualAqi(E2012, AqiIndicator.PM25_24H, d("-0.1")));
        assertThrows(IllegalArgumentException.class, () -> CALCULATOR.calculate(E2012, AqiReportKind.DAILY,
                values(AqiIndicator.SO2_1H, "10")));
        Map<AqiIndicator, BigDecimal> withNull = new EnumMap<>(AqiIndicator.class);
        withNull.put(AqiIndicator.PM25_24H, null);
        assertThrows(NullPointerException.class,
                () -> CALCULATOR.calculate(E2012, AqiReportKind.DAILY, withNull));
    }

    @Test
    void theEditionFollowsTheDataDay() {
        Map<AqiIndicator, BigDecimal> pm25 = values(AqiIndicator.PM25_24H, "80");
        AirQualityIndex lastDayOf2012 = CALCULATOR.calculateForDay(LocalDate.of(2026, 2, 28), AqiReportKind.DAILY,
                pm25);
        AirQualityIndex firstDayOf2026 = CALCULATOR.calculateForDay(LocalDate.of(2026, 3, 1), AqiReportKind.DAILY,
                pm25);
        assertEquals(E2012, lastDayOf2012.edition());
        assertEquals(OptionalInt.of(107), lastDayOf2012.aqi());
        assertEquals(E2026, firstDayOf2026.edition());
        assertEquals(119, iaqi(firstDayOf2026, AqiIndicator.PM25_24H));
    }
}
