package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pure functions, no stubs; the first rows are the seed's Dongguan 2022 figures. */
class YearOnYearTest {

    private static final ReportingPrecision PRECISION = ReportingPrecision.defaults();

    @ParameterizedTest(name = "{0} → {1}: {2} % better")
    @CsvSource({
            // seed: composite index 2022 3.29, "同比改善1.8%" — 2021 was 3.35: 0.06/3.35 = 1.79 %
            "3.35, 3.29, 1.8",
            // seed: PM2.5 2022 20 µg/m³, "同比改善9.1%" — 2021 was 22: 2/22 = 9.09 %
            "22, 20, 9.1",
            "20, 22, -10.0",
            "3.29, 3.29, 0.0",
    })
    void improvementIsTheFallRelativeToLastYear(BigDecimal last, BigDecimal current, BigDecimal expected) {
        ExactFraction improvement = YearOnYear.improvementPercent(last, current).orElseThrow();
        assertEquals(expected, PRECISION.percent(improvement));
    }

    @Test
    void noImprovementWithoutLastYearOrFromZero() {
        assertTrue(YearOnYear.improvementPercent(null, new BigDecimal("20")).isEmpty());
        assertTrue(YearOnYear.improvementPercent(new BigDecimal("20"), null).isEmpty());
        assertTrue(YearOnYear.improvementPercent(BigDecimal.ZERO, new BigDecimal("20")).isEmpty());
    }

    @Test
    void ratiosChangeInPercentagePoints() {
        ExactFraction change = YearOnYear.changeInPercentagePoints(ExactFraction.of("85.2"), ExactFraction.of("88.0")).orElseThrow();
        assertEquals(ExactFraction.of("2.8"), change);
        assertTrue(YearOnYear.changeInPercentagePoints(null, ExactFraction.of("88.0")).isEmpty());
    }

    @Test
    void comparesTwoAssessments() {
        AirPeriodAssessor assessor = new AirPeriodAssessor(PeriodAssessmentOptions.defaults());
        PeriodAssessment last = assessor.assess(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 4), List.of(
                DayFixture.on("2021-01-01").with(Pollutant.PM25, "22").aqi(60, 2).build(),
                DayFixture.on("2021-01-02").with(Pollutant.PM25, "22").aqi(120, 3).build(),
                DayFixture.on("2021-01-03").with(Pollutant.PM25, "22").aqi(210, 5).build(),
                DayFixture.on("2021-01-04").with(Pollutant.PM25, "22").aqi(60, 2).build()));
        PeriodAssessment current = assessor.assess(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 4), List.of(
                DayFixture.on("2022-01-01").with(Pollutant.PM25, "20").aqi(60, 2).build(),
                DayFixture.on("2022-01-02").with(Pollutant.PM25, "20").aqi(60, 2).build(),
                DayFixture.on("2022-01-03").with(Pollutant.PM25, "20").aqi(120, 3).build(),
                DayFixture.on("2022-01-04").with(Pollutant.PM25, "20").aqi(60, 2).build()));
        YearOnYear.Comparison comparison = YearOnYear.compare(last, current);
        assertEquals(new BigDecimal("9.1"), PRECISION.percent(comparison.meanImprovementPercent().get(Pollutant.PM25).orElseThrow()));
        assertTrue(comparison.meanImprovementPercent().get(Pollutant.SO2).isEmpty());
        // good days 2/4 → 3/4: +25 points; heavy days 1 → 0
        assertEquals(ExactFraction.of(25), comparison.goodDayRatioChangePoints().orElseThrow());
        assertEquals(-1, comparison.heavilyPollutedDaysChange());
        assertTrue(comparison.compositeIndexImprovementPercent().isEmpty());
    }
}
