package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pure domain code, no stubs: each worked example states its arithmetic in one comment. */
class AnnualTargetProgressTest {

    private final AnnualTargetProgress progress =
            new AnnualTargetProgress(PeriodAssessmentOptions.defaults(), TargetProgressOptions.defaults());

    private static AnnualTargets pm25Target(String value) {
        return AnnualTargets.of(new BigDecimal(value), null, null, null, null);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void pm25AllowanceSpreadsWhatIsLeftOverTheRemainingDays() {
        // 2023 to 31 March: 90 days at 40 (sum 3600); target 30 over 365 days → (30·365 − 3600)/275 = 7350/275 = 294/11 ≈ 26.7
        List<DailyAirValues> days = DayFixture.pm25Days(date("2023-01-01"), date("2023-03-31"), "40", 60, 2);
        AnnualProgressReport report = progress.evaluate(pm25Target("30"), date("2023-03-31"), days, List.of());
        IndicatorProgress pm25 = report.indicator(TargetIndicator.PM25_ANNUAL_MEAN);
        assertEquals(365, report.daysInYear());
        assertEquals(90, report.elapsedDays());
        assertEquals(275, report.remainingDays());
        assertEquals(ExactFraction.of(40), pm25.yearToDate().orElseThrow());
        assertEquals(ExactFraction.ratio(294, 11), pm25.remainingAllowance().orElseThrow());
        assertEquals(ProjectionMethod.YEAR_TO_DATE_AS_IS, pm25.projectionMethod());
        assertEquals(ExactFraction.of(40), pm25.projectedYearEnd().orElseThrow());
        // projection 40 misses 30, but clean days could still bring the year to 3600/365 ≈ 9.9: at risk, not lost
        assertEquals(TargetStatus.AT_RISK, pm25.status());
        assertEquals(ExactFraction.ratio(3600, 365), pm25.bestAchievableYearEnd().orElseThrow());
    }

    @Test
    void pm25AllowanceLeavesMissingDaysOutOfTheMean() {
        // 10 January days without PM2.5: 80 valid days, sum 3200; the mean will be over 80 + 275 days:
        // (30·355 − 3200)/275 = 7450/275 = 298/11 ≈ 27.1 (not (30·365 − 3200)/275, which would treat the gaps as zeros)
        List<DailyAirValues> days = new ArrayList<>();
        for (DailyAirValues d : DayFixture.pm25Days(date("2023-01-01"), date("2023-03-31"), "40", 60, 2)) {
            days.add(d.day().isBefore(date("2023-01-11")) ? DailyAirValues.withoutAqi(d.day(), Map.of()) : d);
        }
        IndicatorProgress pm25 = progress.evaluate(pm25Target("30"), date("2023-03-31"), days, List.of())
                .indicator(TargetIndicator.PM25_ANNUAL_MEAN);
        assertEquals(ExactFraction.ratio(298, 11), pm25.remainingAllowance().orElseThrow());
    }

    @Test
    void leapYearAllowanceCounts366Days() {
        // 2024 to 31 March is 91 days (Feb 29), 275 remain: (30·366 − 91·40)/275 = 7340/275 = 1468/55 ≈ 26.7
        List<DailyAirValues> days = DayFixture.pm25Days(date("2024-01-01"), date("2024-03-31"), "40", 60, 2);
        AnnualProgressReport report = progress.evaluate(pm25Target("30"), date("2024-03-31"), days, List.of());
        assertEquals(366, report.daysInYear());
        assertEquals(91, report.elapsedDays());
        assertEquals(275, report.remainingDays());
        assertEquals(ExactFraction.ratio(1468, 55),
                report.indicator(TargetIndicator.PM25_ANNUAL_MEAN).remainingAllowance().orElseThrow());
    }

    @ParameterizedTest(name = "last day {0} µg/m³ → allowance {1}, {2}")
    @CsvSource({
            // 363 days at 30 plus one day at x by 30 Dec, one day left: allowance = 30·365 − (10890 + x)
            // x = 60: allowance 0, a clean 31 Dec just meets 30 — still possible, so at risk, not lost
            "60, 0, AT_RISK",
            // x = 61: allowance −1, even a clean 31 Dec leaves 10951/365 > 30 — lost
            "61, -1, OFF_TRACK",
    })
    void lostExactlyWhenTheAllowanceTurnsNegative(String lastValue, long allowance, TargetStatus status) {
        List<DailyAirValues> days = new ArrayList<>(DayFixture.pm25Days(date("2023-01-01"), date("2023-12-29"), "30", 60, 2));
        days.add(DayFixture.on("2023-12-30").with(Pollutant.PM25, lastValue).aqi(90, 2).build());
        IndicatorProgress pm25 = progress.evaluate(pm25Target("30"), date("2023-12-30"), days, List.of())
                .indicator(TargetIndicator.PM25_ANNUAL_MEAN);
        assertEquals(ExactFraction.of(allowance), pm25.remainingAllowance().orElseThrow());
        assertEquals(status, pm25.status());
    }

    @ParameterizedTest(name = "YTD {0} and {1} vs target 30, margin 1 → {2}")
    @CsvSource({
            // two January days, no last year: the projection is the YTD mean; ON_TRACK needs 30 − mean ≥ 1
            "28, 29, ON_TRACK",
            "29, 29, ON_TRACK",
            "29, 30, AT_RISK",
            "30, 30, AT_RISK",
            "30, 31, AT_RISK",
    })
    void statusAtTheMarginEdge(String first, String second, TargetStatus expected) {
        List<DailyAirValues> days = List.of(
                DayFixture.on("2023-01-01").with(Pollutant.PM25, first).aqi(60, 2).build(),
                DayFixture.on("2023-01-02").with(Pollutant.PM25, second).aqi(60, 2).build());
        assertEquals(expected, progress.evaluate(pm25Target("30"), date("2023-01-02"), days, List.of())
                .indicator(TargetIndicator.PM25_ANNUAL_MEAN).status());
    }

    @Test
    void zeroMarginPutsAProjectionOnTheTargetOnTrack() {
        AnnualTargetProgress noMargin = new AnnualTargetProgress(PeriodAssessmentOptions.defaults(),
                TargetProgressOptions.defaults().withMargin(TargetIndicator.PM25_ANNUAL_MEAN, BigDecimal.ZERO));
        List<DailyAirValues> days = DayFixture.pm25Days(date("2023-01-01"), date("2023-01-02"), "30", 60, 2);
        assertEquals(TargetStatus.ON_TRACK, noMargin.evaluate(pm25Target("30"), date("2023-01-02"), days, List.of())
                .indicator(TargetIndicator.PM25_ANNUAL_MEAN).status());
    }

    @Test
    void finishedYearIsOnTrackWhenMetEvenInsideTheMargin() {
        // 31 Dec, every day at 30 against 30: met, nothing left to project or allow
        List<DailyAirValues> days = DayFixture.pm25Days(date("2023-01-01"), date("2023-12-31"), "30", 60, 2);
        IndicatorProgress pm25 = progress.evaluate(pm25Target("30"), date("2023-12-31"), days, List.of())
                .indicator(TargetIndicator.PM25_ANNUAL_MEAN);
        assertEquals(ProjectionMethod.YEAR_COMPLETE, pm25.projectionMethod());
        assertEquals(TargetStatus.ON_TRACK, pm25.status());
        assertTrue(pm25.remainingAllowance().isEmpty());
    }

    @Test
    void seasonalProjectionScalesTheYearToDateByLastYearsShape() {
        // last year: Q1 at 50, the rest at 25 → full year (4500 + 6875)/365 = 2275/73; same period 50
        // this year Q1 at 40 → 40 · (2275/73) / 50 = 1820/73 ≈ 24.9: beats 30 by more than the margin
        List<DailyAirValues> lastYear = DayFixture.concat(
                DayFixture.pm25Days(date("2022-01-01"), date("2022-03-31"), "50", 70, 2),
                DayFixture.pm25Days(date("2022-04-01"), date("2022-12-31"), "25", 40, 1));
        List<DailyAirValues> thisYear = DayFixture.pm25Days(date("2023-01-01"), date("2023-03-31"), "40", 60, 2);
        IndicatorProgress pm25 = progress.evaluate(pm25Target("30"), date("2023-03-31"), thisYear, lastYear)
                .indicator(TargetIndicator.PM25_ANNUAL_MEAN);
        assertEquals(ProjectionMethod.SEASONAL_ADJUSTMENT_FROM_LAST_YEAR, pm25.projectionMethod());
        assertEquals(ExactFraction.ratio(1820, 73), pm25.projectedYearEnd().orElseThrow());
        assertEquals(TargetStatus.ON_TRACK, pm25.status());
    }

    @Test
    void february29ComparesWithFebruary28LastYear() {
        // as of 2024-02-29 the same period last year ends 2023-02-28 (59 days at 50, not 1 March's 20):
        // last full year (59·50 + 306·20)/365 = 9070/365; projection 40 · (9070/365) / 50 = 7256/365
        List<DailyAirValues> lastYear = DayFixture.concat(
                DayFixture.pm25Days(date("2023-01-01"), date("2023-02-28"), "50", 70, 2),
                DayFixture.pm25Days(date("2023-03-01"), date("2023-12-31"), "20", 40, 1));
        List<DailyAirValues> thisYear = DayFixture.pm25Days(date("2024-01-01"), date("2024-02-29"), "40", 60, 2);
        AnnualProgressReport report = progress.evaluate(pm25Target("30"), date("2024-02-29"), thisYear, lastYear);
        assertEquals(60, report.elapsedDays());
        assertEquals(ExactFraction.ratio(7256, 365),
                report.indicator(TargetIndicator.PM25_ANNUAL_MEAN).projectedYearEnd().orElseThrow());
    }

    @Test
    void goodDayAllowanceCountsTheNonGoodDaysTheYearCanStillAfford() {
        // January 2023: 24 good, 6 non-good, 1 without AQI. Valid AQI days at year end: 30 + 334 = 364;
        // 80 % needs ⌈291.2⌉ = 292 good, so 364 − 292 = 72 non-good in all, 6 used: 66 left.
        // YTD 24/30 = 80 %: projection as is meets 80 but with no spare → at risk
        List<DailyAirValues> days = new ArrayList<>();
        for (int d = 1; d <= 31; d++) {
            LocalDate day = LocalDate.of(2023, 1, d);
            days.add(d <= 24 ? DayFixture.on(day).aqi(80, 2).build()
                    : d <= 30 ? DayFixture.on(day).aqi(120, 3, Pollutant.PM25).build()
                    : DailyAirValues.withoutAqi(day, Map.of()));
        }
        IndicatorProgress good = progress.evaluate(AnnualTargets.of(null, new BigDecimal("80"), null, null, null),
                date("2023-01-31"), days, List.of()).indicator(TargetIndicator.GOOD_DAY_RATIO);
        assertEquals(ExactFraction.of(80), good.yearToDate().orElseThrow());
        assertEquals(ExactFraction.of(66), good.remainingAllowance().orElseThrow());
        assertEquals(TargetStatus.AT_RISK, good.status());
    }

    @Test
    void goodDayTargetIsLostWhenEvenAllGoodDaysCannotReachIt() {
        // 200 non-good days by 19 July (day 200), 165 left: at best 165/365 = 45.2 % < 50 %; allowance 365 − 183 − 200 = −18
        List<DailyAirValues> days = DayFixture.pm25Days(date("2023-01-01"), date("2023-07-19"), "80", 110, 3);
        IndicatorProgress good = progress.evaluate(AnnualTargets.of(null, new BigDecimal("50"), null, null, null),
                date("2023-07-19"), days, List.of()).indicator(TargetIndicator.GOOD_DAY_RATIO);
        assertEquals(ExactFraction.of(-18), good.remainingAllowance().orElseThrow());
        assertEquals(TargetStatus.OFF_TRACK, good.status());
    }

    @Test
    void heavyPollutionDaysProjectProRataWithoutLastYear() {
        // 2 heavy days in January, target 5: 3 left; pro rata 2·365/31 = 730/31 ≈ 23.5 days → misses → at risk
        List<DailyAirValues> days = new ArrayList<>(DayFixture.pm25Days(date("2023-01-01"), date("2023-01-29"), "30", 60, 2));
        days.add(DayFixture.on("2023-01-30").aqi(220, 5, Pollutant.PM25).build());
        days.add(DayFixture.on("2023-01-31").aqi(320, 6, Pollutant.PM25).build());
        AnnualTargets targets = AnnualTargets.of(null, null, null, null, 5);
        IndicatorProgress heavy = progress.evaluate(targets, date("2023-01-31"), days, List.of())
                .indicator(TargetIndicator.HEAVILY_POLLUTED_DAYS);
        assertEquals(ExactFraction.of(3), heavy.remainingAllowance().orElseThrow());
        assertEquals(ProjectionMethod.PRO_RATA, heavy.projectionMethod());
        assertEquals(ExactFraction.ratio(730, 31), heavy.projectedYearEnd().orElseThrow());
        assertEquals(TargetStatus.AT_RISK, heavy.status());

        // with last year: 1 heavy day after 31 January 2022 → 2 + 1 = 3, 2 spare ≥ margin 1 → on track
        List<DailyAirValues> lastYear = new ArrayList<>(DayFixture.pm25Days(date("2022-01-01"), date("2022-06-30"), "30", 60, 2));
        lastYear.add(DayFixture.on("2022-07-01").aqi(230, 5, Pollutant.O3).build());
        IndicatorProgress seasonal = progress.evaluate(targets, date("2023-01-31"), days, lastYear)
                .indicator(TargetIndicator.HEAVILY_POLLUTED_DAYS);
        assertEquals(ExactFraction.of(3), seasonal.projectedYearEnd().orElseThrow());
        assertEquals(TargetStatus.ON_TRACK, seasonal.status());
    }

    @Test
    void heavyPollutionTargetIsLostOnceExceeded() {
        List<DailyAirValues> days = new ArrayList<>();
        for (int d = 1; d <= 3; d++) {
            days.add(DayFixture.on(LocalDate.of(2023, 1, d)).aqi(260, 5, Pollutant.PM25).build());
        }
        IndicatorProgress heavy = progress.evaluate(AnnualTargets.of(null, null, null, null, 2), date("2023-01-03"), days, List.of())
                .indicator(TargetIndicator.HEAVILY_POLLUTED_DAYS);
        assertEquals(ExactFraction.of(-1), heavy.remainingAllowance().orElseThrow());
        assertEquals(TargetStatus.OFF_TRACK, heavy.status());
    }

    @Test
    void o3AllowanceIsTheDaysAboveTargetTheP90CanAbsorb() {
        // by 30 June (181 days) 10 days above 160; year series n = 365, k = 1 + 364·0.9 = 328.6 → ⌈k⌉ = 329:
        // at most 365 − 329 = 36 days may exceed 160, 10 used → 26 left
        List<DailyAirValues> days = new ArrayList<>();
        for (LocalDate d = date("2023-01-01"); !d.isAfter(date("2023-06-30")); d = d.plusDays(1)) {
            days.add(DayFixture.on(d).with(Pollutant.O3, d.getDayOfYear() <= 10 ? "200" : "120").build());
        }
        AnnualTargets targets = AnnualTargets.of(null, null, null, new BigDecimal("160"), null);
        IndicatorProgress o3 = progress.evaluate(targets, date("2023-06-30"), days, List.of())
                .indicator(TargetIndicator.O3_PERCENTILE);
        assertEquals(ExactFraction.of(26), o3.remainingAllowance().orElseThrow());

        // spending exactly the allowance (26 more days at 250, the rest 120) keeps the year's P90 at or under 160
        List<DailyAirValues> year = new ArrayList<>(days);
        for (LocalDate d = date("2023-07-01"); !d.isAfter(date("2023-12-31")); d = d.plusDays(1)) {
            year.add(DayFixture.on(d).with(Pollutant.O3, d.getDayOfYear() <= 181 + 26 ? "250" : "120").build());
        }
        BigDecimal p90 = new AirPeriodAssessor(PeriodAssessmentOptions.defaults())
                .assess(date("2023-01-01"), date("2023-12-31"), year).pollutant(Pollutant.O3).percentile().orElseThrow();
        assertTrue(p90.compareTo(new BigDecimal("160")) <= 0, () -> "P90 " + p90);
    }

    @Test
    void compositeIndexHasNoAllowanceButABestCase() {
        List<DailyAirValues> days = new ArrayList<>();
        for (LocalDate d = date("2023-01-01"); !d.isAfter(date("2023-01-31")); d = d.plusDays(1)) {
            days.add(DayFixture.on(d).with(Pollutant.SO2, "10").with(Pollutant.NO2, "30").with(Pollutant.PM10, "60")
                    .with(Pollutant.PM25, "30").with(Pollutant.CO, "1.2").with(Pollutant.O3, "150").build());
        }
        IndicatorProgress composite = progress.evaluate(AnnualTargets.of(null, null, new BigDecimal("3.5"), null, null),
                date("2023-01-31"), days, List.of()).indicator(TargetIndicator.COMPOSITE_INDEX);
        // YTD is the hand example, 3.868 > 3.5: the projection misses, but 334 clean days would pull it far below
        assertEquals(new BigDecimal("3.868"), composite.yearToDate().orElseThrow().rounded(3, java.math.RoundingMode.HALF_EVEN));
        assertTrue(composite.remainingAllowance().isEmpty());
        assertTrue(composite.bestAchievableYearEnd().orElseThrow().isLessThan(ExactFraction.of("3.5")));
        assertEquals(TargetStatus.AT_RISK, composite.status());
    }

    @Test
    void noDataIsNotAssessable() {
        IndicatorProgress pm25 = progress.evaluate(pm25Target("30"), date("2023-01-05"), List.of(), List.of())
                .indicator(TargetIndicator.PM25_ANNUAL_MEAN);
        assertEquals(TargetStatus.NOT_ASSESSABLE, pm25.status());
    }

    @Test
    void heavyPollutionDaysWithoutAnyValidAqiAreNotAssessable() {
        // a year with no valid daily AQI has no heavy-day count at all; reading it as 0 made it ON_TRACK
        AnnualTargets targets = AnnualTargets.of(null, null, null, null, 1);
        AnnualProgressReport report = progress.evaluate(targets, date("2023-12-31"), List.of(), List.of());
        IndicatorProgress heavy = report.indicator(TargetIndicator.HEAVILY_POLLUTED_DAYS);
        assertEquals(TargetStatus.NOT_ASSESSABLE, heavy.status());
        assertTrue(heavy.yearToDate().isEmpty());
        assertEquals(Checkpoint.PaceStatus.NO_DATA,
                report.checkpoint(CheckpointPeriod.MONTH).indicators().get(0).status());
    }

    @ParameterizedTest(name = "April at {0} µg/m³: week {1}, month {2}")
    @CsvSource({
            // Q1 at 40 (3600 over 90 days). Month/quarter pace from 1 April: (30·365 − 3600)/275 = 294/11 ≈ 26.7
            // Week pace from Monday 10 April: 99 days before it, 266 to go: (30·365 − 3600 − 9x)/266
            "25, ON_PACE, ON_PACE",
            "28, BEHIND_PACE, BEHIND_PACE",
    })
    void checkpointsCompareThePeriodWithTheNeededPace(String april, Checkpoint.PaceStatus week, Checkpoint.PaceStatus month) {
        List<DailyAirValues> days = DayFixture.concat(
                DayFixture.pm25Days(date("2023-01-01"), date("2023-03-31"), "40", 60, 2),
                DayFixture.pm25Days(date("2023-04-01"), date("2023-04-12"), april, 60, 2));
        AnnualProgressReport report = progress.evaluate(pm25Target("30"), date("2023-04-12"), days, List.of());

        Checkpoint weekCheck = report.checkpoint(CheckpointPeriod.ISO_WEEK);
        assertEquals("2023-W15", weekCheck.label());
        assertEquals(date("2023-04-10"), weekCheck.from());
        ExactFraction weekPace = ExactFraction.of(30 * 365 - 3600).minus(ExactFraction.of(april).times(9)).dividedBy(266);
        assertEquals(weekPace, weekCheck.indicators().get(0).requiredPace());
        assertEquals(week, weekCheck.indicators().get(0).status());

        for (CheckpointPeriod period : List.of(CheckpointPeriod.MONTH, CheckpointPeriod.QUARTER)) {
            Checkpoint check = report.checkpoint(period);
            assertEquals(date("2023-04-01"), check.from());
            assertEquals(ExactFraction.ratio(294, 11), check.indicators().get(0).requiredPace());
            assertEquals(ExactFraction.of(april), check.indicators().get(0).periodValue().orElseThrow());
            assertEquals(month, check.indicators().get(0).status());
        }
        assertEquals("2023-04", report.checkpoint(CheckpointPeriod.MONTH).label());
        assertEquals("2023-Q2", report.checkpoint(CheckpointPeriod.QUARTER).label());
    }

    @Test
    void weekStartingLastYearIsCutAtJanuary1() {
        // Saturday 2 January 2021 belongs to ISO week 2020-W53 (from Monday 28 December); only 2021's days count
        List<DailyAirValues> days = DayFixture.pm25Days(date("2021-01-01"), date("2021-01-02"), "20", 50, 1);
        Checkpoint week = progress.evaluate(pm25Target("30"), date("2021-01-02"), days, List.of())
                .checkpoint(CheckpointPeriod.ISO_WEEK);
        assertEquals("2020-W53", week.label());
        assertEquals(date("2021-01-01"), week.from());
        assertEquals(ExactFraction.of(30), week.indicators().get(0).requiredPace());
    }

    @Test
    void goodDayAndHeavyDayPaces() {
        // as of Wed 12 April 2023, month from 1 April: before it 90 days, 72 good, 18 non-good, 1 of them heavy
        // good-day pace: 80 % of 365 needs ⌈292⌉ = 292 good, 220 more in 275 days → 80 %; April 11 good of 12 = 91.7 % → on pace
        // heavy pace: (4 − 1) left over 275 days, pro rata for 12 April days → 36/275 ≈ 0.13; April has 0 → on pace
        List<DailyAirValues> days = new ArrayList<>();
        for (LocalDate d = date("2023-01-01"); !d.isAfter(date("2023-04-12")); d = d.plusDays(1)) {
            int n = d.getDayOfYear();
            if (n <= 72) {
                days.add(DayFixture.on(d).aqi(70, 2).build());
            } else if (n == 73) {
                days.add(DayFixture.on(d).aqi(230, 5, Pollutant.PM25).build());
            } else if (n <= 90) {
                days.add(DayFixture.on(d).aqi(130, 3, Pollutant.PM25).build());
            } else {
                days.add(n == 91 ? DayFixture.on(d).aqi(110, 3, Pollutant.O3).build() : DayFixture.on(d).aqi(60, 2).build());
            }
        }
        Checkpoint month = progress.evaluate(AnnualTargets.of(null, new BigDecimal("80"), null, null, 4),
                date("2023-04-12"), days, List.of()).checkpoint(CheckpointPeriod.MONTH);
        Checkpoint.IndicatorPace good = month.indicators().get(0);
        Checkpoint.IndicatorPace heavy = month.indicators().get(1);
        assertEquals(TargetIndicator.GOOD_DAY_RATIO, good.indicator());
        assertEquals(ExactFraction.of(80), good.requiredPace());
        assertEquals(ExactFraction.ratio(1100, 12), good.periodValue().orElseThrow());
        assertEquals(Checkpoint.PaceStatus.ON_PACE, good.status());
        assertEquals(TargetIndicator.HEAVILY_POLLUTED_DAYS, heavy.indicator());
        assertEquals(ExactFraction.ratio(36, 275), heavy.requiredPace());
        assertEquals(Checkpoint.PaceStatus.ON_PACE, heavy.status());
    }
}
