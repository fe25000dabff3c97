package io.ecocity.water.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static io.ecocity.water.domain.WaterFixtures.river;
import static io.ecocity.water.domain.WaterFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Period means and year-on-year changes over the real tables; nothing stubbed. */
class SectionPeriodAssessmentTest {

    private final SectionPeriodAssessment assessment = WaterFixtures.periodAssessment();
    private final MonitoringSection section = river("S1");

    @Test
    void classIsTakenFromTheMeansNotFromTheWorstSample() {
        List<WaterSample> samples = List.of(
                sample("S1", "2022-01-10", "NH3N", "0.4", "DO", "7"),
                sample("S1", "2022-02-10", "NH3N", "1.9", "DO", "6"),
                sample("S1", "2022-03-10", "NH3N", "0.7", "DO", "5"));
        SectionPeriodResult result = assessment.assess(section, AssessmentPeriod.quarter(2022, 1), samples);

        assertThat(result.itemMeans().get(WaterQualityItem.NH3N)).isEqualByComparingTo(new BigDecimal("1.0"));
        assertEquals(Optional.of(WaterClass.III), result.waterClass());
        assertEquals(3, result.sampleCount());
    }

    @Test
    void aRepeatingMeanJustPastALimitIsNotRoundedBackOntoIt() {
        // (1.0 + 1.0 + 1.01) / 3 = 1.00333…, past the class III ammonia limit
        List<WaterSample> samples = List.of(
                sample("S1", "2022-01-10", "NH3N", "1.0"),
                sample("S1", "2022-02-10", "NH3N", "1.0"),
                sample("S1", "2022-03-10", "NH3N", "1.01"));
        assertEquals(Optional.of(WaterClass.IV), assessment.assess(section, AssessmentPeriod.quarter(2022, 1), samples).waterClass());
    }

    @Test
    void samplesOutsideThePeriodOrOfOtherSectionsAreIgnored() {
        List<WaterSample> samples = List.of(
                sample("S1", "2022-05-31", "NH3N", "3"),
                sample("S1", "2022-06-01", "NH3N", "0.4"),
                sample("S2", "2022-06-15", "NH3N", "3"),
                sample("S1", "2022-07-01", "NH3N", "3"));
        SectionPeriodResult june = assessment.assess(section, AssessmentPeriod.month(YearMonth.of(2022, 6)), samples);
        assertEquals(1, june.sampleCount());
        assertEquals(Optional.of(WaterClass.II), june.waterClass());
    }

    @Test
    void aQuarterNeedsTwoSamplesByDefault() {
        List<WaterSample> one = List.of(sample("S1", "2022-04-10", "NH3N", "0.4"));
        assertFalse(assessment.assess(section, AssessmentPeriod.quarter(2022, 2), one).sufficientSamples());
        assertTrue(assessment.assess(section, AssessmentPeriod.month(YearMonth.of(2022, 4)), one).sufficientSamples());
    }

    @Test
    void aSectionImprovesYearOnYear() {
        // 共和村-like: 2021 mean NH3N 1.3 (IV), 2022 mean 0.9 (III)
        List<WaterSample> samples = List.of(
                sample("S1", "2021-03-10", "NH3N", "1.2", "DO", "6"),
                sample("S1", "2021-09-10", "NH3N", "1.4", "DO", "6"),
                sample("S1", "2022-03-10", "NH3N", "0.8", "DO", "6"),
                sample("S1", "2022-09-10", "NH3N", "1.0", "DO", "6"));
        SectionPeriodResult previous = assessment.assess(section, AssessmentPeriod.year(2021), samples);
        SectionPeriodResult current = assessment.assess(section, AssessmentPeriod.year(2022), samples);

        ClassChange change = SectionPeriodAssessment.yearOnYear(previous, current).orElseThrow();
        assertEquals(ChangeDirection.IMPROVED, change.direction());
        assertEquals("IV → III, improved", change.describe());
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({"III, IV, WORSENED", "III, III, UNCHANGED", "WORSE_THAN_V, V, IMPROVED", "I, WORSE_THAN_V, WORSENED"})
    void classChangeDirection(WaterClass previous, WaterClass current, ChangeDirection expected) {
        assertEquals(expected, new ClassChange(previous, current).direction());
    }

    @Test
    void worseThanVIsLabelledInChinese() {
        assertEquals("劣V → V, improved", new ClassChange(WaterClass.WORSE_THAN_V, WaterClass.V).describe());
    }

    @Test
    void periodsAreBeijingNaturalPeriods() {
        assertEquals(new AssessmentPeriod(PeriodKind.WEEK, LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 8)),
                AssessmentPeriod.containing(PeriodKind.WEEK, LocalDate.of(2022, 5, 4)));
        assertEquals(new AssessmentPeriod(PeriodKind.QUARTER, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30)),
                AssessmentPeriod.containing(PeriodKind.QUARTER, LocalDate.of(2022, 5, 4)));
        assertEquals(LocalDate.of(2022, 5, 4), AssessmentPeriod.year(2022).upTo(LocalDate.of(2022, 5, 4)).to());
    }
}
