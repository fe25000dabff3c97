package io.ecocity.air.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.ecocity.air.domain.Pollutant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pure domain code over the project's copies of the GB 3095 tables, no stubs. */
class AirPeriodAssessorTest {

    private final AirPeriodAssessor assessor = new AirPeriodAssessor(PeriodAssessmentOptions.defaults());

    /** Ten days with the values 1..10 for every pollutant, so each percentile rank shows in its result. */
    private static List<DailyAirValues> oneToTen() {
        List<DailyAirValues> days = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            DayFixture day = DayFixture.on(LocalDate.of(2023, 5, i));
            for (Pollutant p : Pollutant.values()) {
                day.with(p, Integer.toString(11 - i));
            }
            days.add(day.build());
        }
        return days;
    }

    @ParameterizedTest(name = "{0}: P{1} of 1..10 = {2}")
    @CsvSource({
            // k = 1 + 9·p/100: 98 → 9.82, 95 → 9.55, 90 → 9.1; the sorted series is 1..10, so m = k
            "SO2, 98, 9.82",
            "NO2, 98, 9.82",
            "PM10, 95, 9.55",
            "PM25, 95, 9.55",
            "CO, 95, 9.55",
            "O3, 90, 9.1",
    })
    void eachPollutantReportsItsHj663Percentile(Pollutant pollutant, BigDecimal rank, BigDecimal expected) {
        PollutantPeriodStatistics statistics = assessor.assess(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 10), oneToTen())
                .pollutant(pollutant);
        assertThat(statistics.percentileRank()).isEqualByComparingTo(rank);
        assertThat(statistics.percentile().orElseThrow()).isEqualByComparingTo(expected);
        assertEquals(ExactFraction.of("5.5"), statistics.mean().orElseThrow());
        assertEquals(10, statistics.validDays());
    }

    @Test
    void meanStaysExactAndRoundsOnlyForDisplay() {
        List<DailyAirValues> days = List.of(
                DayFixture.on("2023-06-01").with(Pollutant.PM25, "20").with(Pollutant.CO, "0.8").build(),
                DayFixture.on("2023-06-02").with(Pollutant.PM25, "21").with(Pollutant.CO, "0.9").build(),
                DayFixture.on("2023-06-03").with(Pollutant.PM25, "21").with(Pollutant.CO, "0.9").build());
        PeriodAssessment a = assessor.assess(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 3), days);
        ExactFraction pm25 = a.pollutant(Pollutant.PM25).mean().orElseThrow();
        assertEquals(ExactFraction.ratio(62, 3), pm25);
        assertEquals(new BigDecimal("21"), ReportingPrecision.defaults().concentration(Pollutant.PM25, pm25));
        assertEquals(new BigDecimal("0.9"), ReportingPrecision.defaults().concentration(Pollutant.CO,
                a.pollutant(Pollutant.CO).mean().orElseThrow()));
        assertTrue(a.pollutant(Pollutant.SO2).mean().isEmpty());
        assertTrue(a.pollutant(Pollutant.SO2).percentile().isEmpty());
    }

    @Test
    void compositeIndexTakesCoP95AndO3P90NotTheirMeans() {
        List<DailyAirValues> days = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            days.add(DayFixture.on(LocalDate.of(2023, 7, i))
                    .with(Pollutant.SO2, "10").with(Pollutant.NO2, "30").with(Pollutant.PM10, "60").with(Pollutant.PM25, "30")
                    .with(Pollutant.CO, BigDecimal.valueOf(i, 1).toPlainString())
                    .with(Pollutant.O3, Integer.toString(10 * i)).build());
        }
        CompositeIndex index = assessor.assess(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 20), days).compositeIndex();
        // CO 0.1..2.0: k = 1 + 19·0.95 = 19.05 → 1.9 + 0.1·0.05 = 1.905 (the mean would be 1.05)
        assertEquals(ExactFraction.of("1.905").dividedBy(ExactFraction.of(4)), index.subIndexes().get(Pollutant.CO));
        // O3 10..200: k = 1 + 19·0.9 = 18.1 → 180 + 10·0.1 = 181 (the mean would be 105)
        assertEquals(ExactFraction.ratio(181, 160), index.subIndexes().get(Pollutant.O3));
        ExactFraction expected = ExactFraction.ratio(10, 60).plus(ExactFraction.ratio(30, 40)).plus(ExactFraction.ratio(60, 70))
                .plus(ExactFraction.ratio(30, 35)).plus(ExactFraction.of("0.47625")).plus(ExactFraction.ratio(181, 160));
        assertEquals(expected, index.total().orElseThrow());
    }

    @Test
    void compositeFromReportedConcentrationsRoundsEachStatisticFirst() {
        List<DailyAirValues> days = new ArrayList<>();
        String[] pm25 = {"30", "31"};
        for (int i = 0; i < 2; i++) {
            days.add(DayFixture.on(LocalDate.of(2023, 8, i + 1)).with(Pollutant.SO2, "10").with(Pollutant.NO2, "30")
                    .with(Pollutant.PM10, "60").with(Pollutant.PM25, pm25[i]).with(Pollutant.CO, "1.2")
                    .with(Pollutant.O3, "150").build());
        }
        LocalDate from = LocalDate.of(2023, 8, 1);
        LocalDate to = LocalDate.of(2023, 8, 2);
        ExactFraction exact = assessor.assess(from, to, days).compositeIndex().subIndexes().get(Pollutant.PM25);
        AirPeriodAssessor reported = new AirPeriodAssessor(PeriodAssessmentOptions.defaults().withCompositeIndex(
                CompositeIndexOptions.unweightedGb3095Grade2().withFromReportedConcentrations(true)));
        ExactFraction rounded = reported.assess(from, to, days).compositeIndex().subIndexes().get(Pollutant.PM25);
        // mean 30.5: exact 30.5/35; reported 30.5 rounds half-even to 30, so 30/35
        assertEquals(ExactFraction.of("30.5").dividedBy(ExactFraction.of(35)), exact);
        assertEquals(ExactFraction.ratio(30, 35), rounded);
    }

    @Test
    void aqiDayCountsLeaveDaysWithoutAqiOutOfTheRatio() {
        List<DailyAirValues> days = List.of(
                DayFixture.on("2023-01-01").aqi(50, 1).build(),
                DayFixture.on("2023-01-02").aqi(100, 2, Pollutant.PM25).build(),
                DayFixture.on("2023-01-03").aqi(101, 3, Pollutant.PM25, Pollutant.O3).build(),
                DayFixture.on("2023-01-04").aqi(250, 5, Pollutant.PM25).build(),
                DayFixture.on("2023-01-05").with(Pollutant.PM25, "40").build());
        AqiDayStatistics counts = assessor.assess(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 6), days).aqiDays();
        // AQI 100 is still good; 2 good of 4 valid days; Jan 5 (no AQI) and Jan 6 (no record) are not in the ratio
        assertEquals(6, counts.calendarDays());
        assertEquals(4, counts.validAqiDays());
        assertEquals(2, counts.daysWithoutAqi());
        assertEquals(2, counts.goodDays());
        assertEquals(2, counts.nonGoodDays());
        assertEquals(ExactFraction.of(50), counts.goodDayRatioPercent().orElseThrow());
        assertEquals(Map.of(1, 1, 2, 1, 3, 1, 4, 0, 5, 1, 6, 0), counts.daysByLevel());
        assertEquals(1, counts.heavilyPollutedDays());
        assertEquals(3, counts.primaryPollutantDays().get(Pollutant.PM25));
        assertEquals(1, counts.primaryPollutantDays().get(Pollutant.O3));
        assertEquals(0, counts.primaryPollutantDays().get(Pollutant.NO2));
    }

    @Test
    void noValidAqiLeavesNoGoodDayRatio() {
        List<DailyAirValues> days = List.of(DayFixture.on("2023-01-01").with(Pollutant.PM25, "40").build());
        assertTrue(assessor.assess(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1), days)
                .aqiDays().goodDayRatioPercent().isEmpty());
    }

    @ParameterizedTest(name = "{0} {1} on {2}: over = {3}")
    @CsvSource({
            // equal to the Grade II daily limit complies; one above exceeds
            "SO2, 150, 2023-05-01, false",
            "SO2, 151, 2023-05-01, true",
            "NO2, 80, 2023-05-01, false",
            "NO2, 81, 2023-05-01, true",
            "PM10, 150, 2023-05-01, false",
            "PM10, 151, 2023-05-01, true",
            "CO, 4, 2023-05-01, false",
            "CO, 4.1, 2023-05-01, true",
            "O3, 160, 2023-05-01, false",
            "O3, 161, 2023-05-01, true",
            // the limit in force on the day: 2012 75, 2026 transition 60, 2026 final 50
            "PM25, 70, 2026-02-28, false",
            "PM25, 70, 2026-03-01, true",
            "PM10, 130, 2026-03-01, true",
            "PM25, 55, 2030-12-31, false",
            "PM25, 55, 2031-01-01, true",
    })
    void daysOverTheGrade2DailyLimit(Pollutant pollutant, String value, LocalDate day, boolean over) {
        List<DailyAirValues> days = List.of(DayFixture.on(day).with(pollutant, value).build());
        assertEquals(over ? 1 : 0, assessor.assess(day, day, days).pollutant(pollutant).daysOverGrade2DailyLimit());
    }

    @Test
    void fixedLimitEditionOverridesTheDate() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        List<DailyAirValues> days = List.of(DayFixture.on(day).with(Pollutant.PM25, "70").build());
        AirPeriodAssessor on2012 = new AirPeriodAssessor(
                PeriodAssessmentOptions.defaults().withFixedLimitEdition(Gb3095Edition.GB3095_2012));
        assertEquals(0, on2012.assess(day, day, days).pollutant(Pollutant.PM25).daysOverGrade2DailyLimit());
    }

    /** A year of PM2.5 values with the given days left out. */
    private static List<DailyAirValues> yearWithout(int year, Set<LocalDate> missing) {
        List<DailyAirValues> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (!missing.contains(d)) {
                days.add(DayFixture.on(d).with(Pollutant.PM25, "30").build());
            }
        }
        return days;
    }

    /** The first {@code count} days of each month in {@code perMonth} (month → count). */
    private static Set<LocalDate> firstDaysOf(int year, Map<Integer, Integer> perMonth) {
        Set<LocalDate> days = new HashSet<>();
        perMonth.forEach((month, count) -> {
            for (int d = 1; d <= count; d++) {
                days.add(LocalDate.of(year, month, d));
            }
        });
        return days;
    }

    @Test
    void yearWith324ValidDaysAndEveryMonthAtItsMinimumIsComplete() {
        // 4 missing in each 31-day month (27 left), 3 in each 30-day month (27), 1 in February (27): 28+12+1 = 41, 324 valid
        Set<LocalDate> missing = firstDaysOf(2023, Map.ofEntries(Map.entry(1, 4), Map.entry(3, 4), Map.entry(5, 4),
                Map.entry(7, 4), Map.entry(8, 4), Map.entry(10, 4), Map.entry(12, 4), Map.entry(4, 3), Map.entry(6, 3),
                Map.entry(9, 3), Map.entry(11, 3), Map.entry(2, 1)));
        PeriodAssessment year = assessor.assess(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), yearWithout(2023, missing));
        DataCompleteness pm25 = year.pollutant(Pollutant.PM25).completeness();
        assertEquals(324, pm25.validDays());
        assertEquals(365, pm25.calendarDays());
        assertEquals(324, pm25.requiredDaysForYear());
        assertEquals(CompletenessStatus.MEETS_MINIMUM, pm25.status());
        assertEquals(12, pm25.months().size());
    }

    @Test
    void yearWith323ValidDaysIsIncompleteButStillAssessed() {
        // as above plus one more missing February day: every month still meets its minimum (Feb 26 ≥ 25), the year does not
        Set<LocalDate> missing = firstDaysOf(2023, Map.ofEntries(Map.entry(1, 4), Map.entry(3, 4), Map.entry(5, 4),
                Map.entry(7, 4), Map.entry(8, 4), Map.entry(10, 4), Map.entry(12, 4), Map.entry(4, 3), Map.entry(6, 3),
                Map.entry(9, 3), Map.entry(11, 3), Map.entry(2, 2)));
        PeriodAssessment year = assessor.assess(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), yearWithout(2023, missing));
        PollutantPeriodStatistics pm25 = year.pollutant(Pollutant.PM25);
        assertEquals(323, pm25.validDays());
        assertTrue(pm25.completeness().months().stream().allMatch(m -> m.status() == CompletenessStatus.MEETS_MINIMUM));
        assertEquals(CompletenessStatus.BELOW_MINIMUM, pm25.completeness().status());
        assertFalse(year.meetsDataMinimums());
        assertEquals(ExactFraction.of(30), pm25.mean().orElseThrow());
    }

    @Test
    void yearWithEnoughDaysButOneThinMonthIsIncomplete() {
        // 330 valid days, but March has only 26 (< 27)
        Set<LocalDate> missing = firstDaysOf(2023, Map.of(3, 5, 1, 4, 5, 4, 7, 4, 8, 4, 10, 4, 12, 4, 4, 3, 6, 3));
        assertEquals(35, missing.size());
        DataCompleteness pm25 = assessor.assess(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                yearWithout(2023, missing)).pollutant(Pollutant.PM25).completeness();
        assertEquals(330, pm25.validDays());
        assertEquals(CompletenessStatus.BELOW_MINIMUM, pm25.status());
        MonthCompleteness march = pm25.months().get(2);
        assertEquals(YearMonth.of(2023, 3), march.month());
        assertEquals(26, march.validDays());
        assertEquals(27, march.requiredDays());
        assertEquals(CompletenessStatus.BELOW_MINIMUM, march.status());
    }

    @ParameterizedTest(name = "{0}: {1} valid days → {2}")
    @CsvSource({
            "2023-02, 25, MEETS_MINIMUM",
            "2023-02, 24, BELOW_MINIMUM",
            "2024-02, 25, MEETS_MINIMUM",
            "2024-02, 24, BELOW_MINIMUM",
            "2023-03, 27, MEETS_MINIMUM",
            "2023-03, 26, BELOW_MINIMUM",
            "2023-04, 27, MEETS_MINIMUM",
            "2023-04, 26, BELOW_MINIMUM",
    })
    void monthlyMinimumIs27AndFebruary25(YearMonth month, int validDays, CompletenessStatus expected) {
        List<DailyAirValues> days = new ArrayList<>();
        for (int d = 1; d <= validDays; d++) {
            days.add(DayFixture.on(month.atDay(d)).with(Pollutant.NO2, "20").build());
        }
        DataCompleteness no2 = assessor.assess(month.atDay(1), month.atEndOfMonth(), days)
                .pollutant(Pollutant.NO2).completeness();
        assertEquals(expected, no2.status());
        assertEquals(month.lengthOfMonth(), no2.calendarDays());
        assertNull(no2.requiredDaysForYear());
    }

    @Test
    void leapYearHas366CalendarDaysAndCountsFebruary29() {
        List<DailyAirValues> days = DayFixture.pm25Days(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "25", 60, 2);
        PeriodAssessment year = assessor.assess(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), days);
        assertEquals(366, year.calendarDays());
        assertEquals(366, year.pollutant(Pollutant.PM25).validDays());
        assertEquals(29, year.pollutant(Pollutant.PM25).completeness().months().get(1).validDays());
        assertEquals(366, year.aqiDays().validAqiDays());
        assertEquals(CompletenessStatus.MEETS_MINIMUM, year.pollutant(Pollutant.PM25).completeness().status());
    }

    @Test
    void partOfAMonthHasNoMinimumButReportsItsDays() {
        List<DailyAirValues> days = DayFixture.pm25Days(LocalDate.of(2023, 4, 10), LocalDate.of(2023, 4, 12), "25", 60, 2);
        DataCompleteness pm25 = assessor.assess(LocalDate.of(2023, 4, 10), LocalDate.of(2023, 4, 16), days)
                .pollutant(Pollutant.PM25).completeness();
        assertEquals(CompletenessStatus.NO_MINIMUM_FOR_PERIOD, pm25.status());
        assertEquals(3, pm25.validDays());
        assertEquals(7, pm25.calendarDays());
        assertNull(pm25.months().get(0).requiredDays());
    }

    @Test
    void minimumCanBeLimitedToThePollutantsGb3095Names() {
        CompletenessRules gb = CompletenessRules.gb3095();
        CompletenessRules annualMeansOnly = new CompletenessRules(gb.minimumDaysPerYear(), gb.minimumDaysPerMonth(),
                gb.minimumDaysInFebruary(), Set.of(Pollutant.SO2, Pollutant.NO2, Pollutant.PM10, Pollutant.PM25));
        AirPeriodAssessor assessorOnAnnualMeans = new AirPeriodAssessor(PeriodAssessmentOptions.defaults().withCompleteness(annualMeansOnly));
        List<DailyAirValues> days = List.of(DayFixture.on("2023-04-01").with(Pollutant.O3, "100").with(Pollutant.PM25, "30").build());
        PeriodAssessment april = assessorOnAnnualMeans.assess(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 30), days);
        assertEquals(CompletenessStatus.NO_MINIMUM_FOR_PERIOD, april.pollutant(Pollutant.O3).completeness().status());
        assertEquals(CompletenessStatus.BELOW_MINIMUM, april.pollutant(Pollutant.PM25).completeness().status());
    }

    @Test
    void gb3095MinimumsAreReadFromTheValidityTable() {
        CompletenessRules rules = CompletenessRules.gb3095();
        assertEquals(324, rules.minimumDaysPerYear());
        assertEquals(27, rules.minimumDaysPerMonth());
        assertEquals(25, rules.minimumDaysInFebruary());
    }

    @Test
    void daysOutsideThePeriodOrTwiceAreRejected() {
        LocalDate day = LocalDate.of(2023, 1, 1);
        List<DailyAirValues> outside = List.of(DayFixture.on("2023-01-02").build());
        assertThrows(IllegalArgumentException.class, () -> assessor.assess(day, day, outside));
        List<DailyAirValues> twice = List.of(DayFixture.on(day).build(), DayFixture.on(day).build());
        assertThrows(IllegalArgumentException.class, () -> assessor.assess(day, day, twice));
    }

    @Test
    void inconsistentDailyValuesAreRejected() {
        LocalDate day = LocalDate.of(2023, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> DayFixture.on(day).with(Pollutant.PM25, "-1").build());
        assertThrows(IllegalArgumentException.class, () -> new DailyAirValues(day, Map.of(), null, 2, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new DailyAirValues(day, Map.of(), 80, 7, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new DailyAirValues(day, Map.of(), 80, null, Set.of()));
    }
}
