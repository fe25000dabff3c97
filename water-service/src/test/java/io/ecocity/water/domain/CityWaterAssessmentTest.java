package io.ecocity.water.domain;

import static io.ecocity.water.domain.WaterFixtures.river;
import static io.ecocity.water.domain.WaterFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** City shares, section status and river grading over the real tables; nothing stubbed. */
class CityWaterAssessmentTest {

    private final SectionPeriodAssessment periods = WaterFixtures.periodAssessment();
    private final CityWaterAssessment city = WaterFixtures.cityAssessment(CityAssessmentOptions.defaults());

    /** An ammonia value inside each class, for building sections of a given class. */
    private static String ammoniaFor(WaterClass waterClass) {
        return switch (waterClass) {
            case I -> "0.1";
            case II -> "0.4";
            case III -> "0.9";
            case IV -> "1.4";
            case V -> "1.9";
            case WORSE_THAN_V -> "2.5";
        };
    }

    private List<SectionPeriodResult> sections(int good, int moderate, int worseThanV) {
        List<SectionPeriodResult> results = new ArrayList<>();
        int index = 0;
        for (int[] group : new int[][] {{good, 2}, {moderate, 3}, {worseThanV, 5}}) {
            for (int i = 0; i < group[0]; i++) {
                String id = "S" + (++index);
                WaterClass waterClass = WaterClass.values()[group[1]];
                results.add(periods.assess(river(id), AssessmentPeriod.year(2022),
                        List.of(sample(id, "2022-06-01", "NH3N", ammoniaFor(waterClass)))));
            }
        }
        return results;
    }

    @Test
    void nineSectionsSixGoodIsSixtySixPointSevenPercent() {
        List<SectionPeriodResult> results = sections(6, 2, 1);
        Map<String, WaterClass> targets = new HashMap<>();
        results.forEach(result -> targets.put(result.section().id(), WaterClass.III));
        targets.put("S7", WaterClass.IV);

        CityWaterSummary summary = city.summarise(results, targets);

        assertEquals(9, summary.sectionsAssessed());
        assertEquals(Optional.of(new BigDecimal("66.7")), summary.goodPercent());
        assertEquals(Optional.of(new BigDecimal("11.1")), summary.worseThanVPercent());
        assertEquals(Optional.of(new BigDecimal("77.8")), summary.meetingTargetPercent());
        // exactly 6/9 is below 66.7 %, yet the published target "≥ 66.7 %" is met at display precision
        assertFalse(summary.goodShare().isAtLeastPercent(new BigDecimal("66.7")));
        assertTrue(city.meetsShareTarget(summary.goodShare(), new BigDecimal("66.7")));
        assertFalse(city.meetsShareTarget(new Share(5, 9), new BigDecimal("66.7")));
    }

    @Test
    void sectionsWithoutAClassAreNotInTheDenominator() {
        List<SectionPeriodResult> results = new ArrayList<>(sections(1, 1, 0));
        results.add(periods.assess(river("EMPTY"), AssessmentPeriod.year(2022), List.of()));
        CityWaterSummary summary = city.summarise(results, Map.of());
        assertEquals(2, summary.sectionsAssessed());
        assertEquals(Optional.of(new BigDecimal("50.0")), summary.goodPercent());
        assertEquals(Optional.empty(), summary.meetingTargetPercent());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"I, EXCELLENT", "II, EXCELLENT", "III, GOOD", "IV, LIGHTLY_POLLUTED", "V, MODERATELY_POLLUTED",
            "WORSE_THAN_V, HEAVILY_POLLUTED"})
    void sectionStatusFollowsTheCategoryTable(WaterClass waterClass, WaterQualityStatus expected) {
        assertEquals(expected, city.sectionStatus(waterClass));
    }

    @ParameterizedTest(name = "{0} good, {1} IV, {2} 劣V -> {3}")
    @CsvSource({
            "9, 1, 0, EXCELLENT",          // I–III exactly 90 %
            "8, 2, 0, GOOD",               // 80 %
            "15, 5, 0, GOOD",              // exactly 75 %
            "14, 6, 0, LIGHTLY_POLLUTED",  // 70 %, no 劣V
            "7, 2, 1, LIGHTLY_POLLUTED",   // 劣V 10 %
            "7, 1, 2, MODERATELY_POLLUTED",// 劣V exactly 20 %
            "6, 1, 3, MODERATELY_POLLUTED",// 劣V 30 %
            "5, 1, 4, HEAVILY_POLLUTED",   // 劣V exactly 40 %
            "3, 0, 2, HEAVILY_POLLUTED",   // five sections: the proportion method already applies
    })
    void riverGradingRowsByShares(int good, int moderate, int worseThanV, WaterQualityStatus expected) {
        RiverSystemGrading grading = city.gradeRiverSystem(WaterBodyType.RIVER, sections(good, moderate, worseThanV));
        assertEquals(GradingMethod.CLASS_PROPORTION, grading.method());
        assertEquals(expected, grading.status());
    }

    @Test
    void theSixtyPercentReadingLeavesSixtyFortyToModeratePollution() {
        CityWaterAssessment sixty = WaterFixtures.cityAssessment(
                CityAssessmentOptions.defaults().withHeavilyPollutedGoodShareBelow(new BigDecimal("60")));
        assertEquals(WaterQualityStatus.MODERATELY_POLLUTED, sixty.gradeRiverSystem(WaterBodyType.RIVER, sections(3, 0, 2)).status());
        assertEquals(WaterQualityStatus.HEAVILY_POLLUTED, sixty.gradeRiverSystem(WaterBodyType.RIVER, sections(5, 1, 6)).status());
    }

    @Test
    void fewerThanFiveSectionsAreGradedByTheMeanOfTheirIndicators() {
        // one section 劣V, yet the mean ammonia (0.4 + 0.4 + 0.4 + 2.5) / 4 = 0.925 is class III
        List<SectionPeriodResult> four = new ArrayList<>();
        String[] ammonia = {"0.4", "0.4", "0.4", "2.5"};
        for (int i = 0; i < ammonia.length; i++) {
            String id = "R" + i;
            four.add(periods.assess(river(id), AssessmentPeriod.year(2022), List.of(sample(id, "2022-06-01", "NH3N", ammonia[i]))));
        }
        RiverSystemGrading grading = city.gradeRiverSystem(WaterBodyType.RIVER, four);
        assertEquals(1, grading.worseThanVShare().count());
        assertEquals(GradingMethod.SECTION_MEAN, grading.method());
        assertEquals(Optional.of(WaterClass.III), grading.meanAssessment().orElseThrow().sectionClass());
        assertEquals(WaterQualityStatus.GOOD, grading.status());
    }

    @Test
    void theSectionCountThresholdIsReadFromTheTableAndCanBeOverridden() {
        assertEquals(5, WaterFixtures.STANDARDS.riverGrading().minimumSectionsForProportionMethod());
        CityWaterAssessment six = WaterFixtures.cityAssessment(CityAssessmentOptions.defaults().withMinimumSectionsForProportionMethod(6));
        assertEquals(GradingMethod.SECTION_MEAN, six.gradeRiverSystem(WaterBodyType.RIVER, sections(3, 0, 2)).method());
    }

    @Test
    void theGradingRowsAreParsedFromTheTableText() {
        RiverSystemGradingTable.GradingRule rule = RiverSystemGradingTable.parseRule(4,
                "share(I-III) < 75% and 20% <= share(劣V) < 40%", WaterQualityStatus.MODERATELY_POLLUTED);
        assertEquals(Optional.of(new BigDecimal("75")), rule.goodShare().upperExclusive());
        assertEquals(Optional.of(new BigDecimal("20")), rule.worseThanVShare().lowerInclusive());
        assertEquals(Optional.of(new BigDecimal("40")), rule.worseThanVShare().upperExclusive());
        assertEquals(5, WaterFixtures.STANDARDS.riverGrading().rules().size());
    }
}
