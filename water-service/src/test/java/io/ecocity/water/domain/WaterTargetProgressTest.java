package io.ecocity.water.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static io.ecocity.water.domain.WaterFixtures.river;
import static io.ecocity.water.domain.WaterFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Annual-target progress over the real tables; nothing stubbed. */
class WaterTargetProgressTest {

    private final WaterTargetProgress progress = new WaterTargetProgress(WaterFixtures.periodAssessment(),
            WaterFixtures.cityAssessment(CityAssessmentOptions.defaults()), TargetProgressOptions.defaults());

    private static final LocalDate MAY_FIRST = LocalDate.of(2022, 5, 1);

    /** Monthly samples from January, one per value, each also carrying a class I DO unless DO is the item. */
    private static List<WaterSample> monthly(String sectionId, String code, String... values) {
        List<WaterSample> samples = new ArrayList<>();
        for (int month = 0; month < values.length; month++) {
            String day = YearMonth.of(2022, month + 1).atDay(10).toString();
            samples.add(code.equals("DO") ? sample(sectionId, day, "DO", values[month])
                    : sample(sectionId, day, code, values[month], "DO", "8"));
        }
        return samples;
    }

    @Test
    void dissolvedOxygenNeedsAHigherMeanFromTheRemainingSamples() {
        // The annual mean is (sum_done + sum_remaining) / (n_done + n_remaining). For it to reach the class III
        // limit 5 mg/L the remaining samples must sum to 5·(4 + 8) − 18 = 42, so their mean must be 42 / 8 = 5.25.
        List<RequiredImprovement> improvements = progress.remainingAllowance(WaterBodyType.RIVER, WaterClass.III,
                monthly("S1", "DO", "4", "4.5", "4.5", "5"), 8);

        assertEquals(1, improvements.size());
        RequiredImprovement dissolvedOxygen = improvements.get(0);
        assertEquals(WaterQualityItem.DO, dissolvedOxygen.item());
        assertEquals(MeanBound.MINIMUM_MEAN, dissolvedOxygen.bound());
        assertThat(dissolvedOxygen.sumDone()).isEqualByComparingTo(new BigDecimal("18"));
        assertThat(dissolvedOxygen.requiredMean().orElseThrow()).isEqualByComparingTo(new BigDecimal("5.25"));
        assertTrue(dissolvedOxygen.attainable());
    }

    @Test
    void anAtMostItemGetsAMaximumMeanRoundedDownForDisplay() {
        List<RequiredImprovement> improvements = progress.remainingAllowance(WaterBodyType.RIVER, WaterClass.III,
                monthly("S1", "NH3N", "1.1", "1.3", "1.4", "1.2", "1.5"), 7);

        RequiredImprovement ammonia = improvements.get(0);
        assertEquals(MeanBound.MAXIMUM_MEAN, ammonia.bound());
        BigDecimal required = ammonia.requiredMean().orElseThrow();
        // (1.0·12 − 6.5) / 7 = 0.7857142…
        assertThat(required.multiply(BigDecimal.valueOf(7)).setScale(20, RoundingMode.HALF_UP)).isEqualByComparingTo(new BigDecimal("5.5"));
        assertEquals(new BigDecimal("0.785"), ammonia.displayedRequiredMean().orElseThrow());
    }

    @ParameterizedTest(name = "limit {0}, sum {1} over {2}, {3} left -> {4}")
    @CsvSource({"5, 18, 4, 8, 5.25", "1.0, 6.5, 5, 7, 0.7857142857142857142857142857142857", "1.0, 13, 6, 6, -0.1666666666666666666666666666666667",
            "0.2, 0.3, 1, 1, 0.1"})
    void requiredMeanArithmetic(BigDecimal limit, BigDecimal sum, int done, int remaining, BigDecimal expected) {
        assertThat(WaterTargetProgress.requiredMeanOfRemaining(limit, sum, done, remaining).orElseThrow()).isEqualByComparingTo(expected);
    }

    @Test
    void noRemainingSampleLeavesNoRequiredMean() {
        assertEquals(Optional.empty(), WaterTargetProgress.requiredMeanOfRemaining(BigDecimal.ONE, BigDecimal.TEN, 12, 0));
    }

    @Test
    void sectionMeetingItsTargetWithAGoodLatestSampleIsOnTrack() {
        SectionProgress result = progress.sectionProgress(river("S1"), WaterClass.III, monthly("S1", "NH3N", "0.5", "0.6", "0.7", "0.8"), MAY_FIRST);
        assertEquals(TrackStatus.ON_TRACK, result.status());
        assertEquals(8, result.samplesRemaining());
    }

    @Test
    void sectionWhoseLatestSampleBreaksTheTargetIsAtRisk() {
        SectionProgress result = progress.sectionProgress(river("S1"), WaterClass.III, monthly("S1", "NH3N", "0.5", "0.5", "0.5", "1.2"), MAY_FIRST);
        assertEquals(Optional.of(WaterClass.III), result.yearToDateClass());
        assertEquals(TrackStatus.AT_RISK, result.status());
    }

    @Test
    void sectionOffTargetButRecoverableIsAtRiskAndSaysWhatToImprove() {
        SectionProgress result = progress.sectionProgress(river("S1"), WaterClass.III, monthly("S1", "DO", "4", "4.5", "4.5", "5"), MAY_FIRST);
        assertEquals(TrackStatus.AT_RISK, result.status());
        assertEquals(List.of(WaterQualityItem.DO), result.improvements().stream().map(RequiredImprovement::item).toList());
    }

    @Test
    void sectionNeedingANegativeMeanIsOffTrack() {
        SectionProgress result = progress.sectionProgress(river("S1"), WaterClass.III,
                monthly("S1", "NH3N", "2", "2.2", "2.4", "2.1", "2.3", "2"), LocalDate.of(2022, 7, 1));
        assertEquals(TrackStatus.OFF_TRACK, result.status());
        assertFalse(result.improvements().get(0).attainable());
    }

    @Test
    void sectionNeedingOversaturatedOxygenIsOffTrack() {
        // 11 samples at 3 mg/L: the last one would need 5·12 − 33 = 27 mg/L
        SectionProgress result = progress.sectionProgress(river("S1"), WaterClass.III,
                monthly("S1", "DO", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3"), LocalDate.of(2022, 12, 1));
        assertEquals(TrackStatus.OFF_TRACK, result.status());
        assertThat(result.improvements().get(0).requiredMean().orElseThrow()).isEqualByComparingTo(new BigDecimal("27"));
    }

    @Test
    void sectionOffTargetWithNoSampleLeftIsOffTrack() {
        SectionProgress result = progress.sectionProgress(river("S1"), WaterClass.III,
                monthly("S1", "NH3N", "1.2", "1.2", "1.2", "1.2", "1.2", "1.2", "1.2", "1.2", "1.2", "1.2", "1.2", "1.2"),
                LocalDate.of(2022, 12, 31));
        assertEquals(0, result.samplesRemaining());
        assertEquals(TrackStatus.OFF_TRACK, result.status());
    }

    private static AnnualWaterTargets targets(int worseThanVAllowed) {
        return new AnnualWaterTargets(2022, new BigDecimal("66.7"), worseThanVAllowed,
                Map.of("S1", WaterClass.III, "S2", WaterClass.III, "S3", WaterClass.III));
    }

    private static SectionSamples section(String id, String code, String... values) {
        return new SectionSamples(river(id), monthly(id, code, values));
    }

    @Test
    void cityIsOnTrackWhenTheSecureGoodSectionsMeetTheShare() {
        CityProgress result = progress.cityProgress(targets(0), List.of(
                section("S1", "NH3N", "0.5", "0.5", "0.5", "0.5"),
                section("S2", "NH3N", "0.9", "0.9", "0.9", "0.9"),
                section("S3", "NH3N", "1.2", "1.2", "1.2", "1.2")), MAY_FIRST);
        assertEquals(Optional.of(new BigDecimal("66.7")), result.yearToDateGoodPercent());
        assertTrue(result.goodShareTargetMet());
        assertEquals(TrackStatus.ON_TRACK, result.status());
    }

    @Test
    void cityIsAtRiskWhenTheShareHangsOnSectionsAtRisk() {
        CityProgress result = progress.cityProgress(targets(0), List.of(
                section("S1", "NH3N", "0.5", "0.5", "0.5", "0.5"),
                section("S2", "NH3N", "0.5", "0.5", "0.5", "1.2"),
                section("S3", "NH3N", "1.2", "1.2", "1.2", "1.2")), MAY_FIRST);
        assertTrue(result.goodShareTargetMet());
        assertEquals(TrackStatus.AT_RISK, result.status());
    }

    @Test
    void cityIsOffTrackWhenTheShareCannotBeReached() {
        CityProgress result = progress.cityProgress(targets(1), List.of(
                section("S1", "NH3N", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5"),
                section("S2", "NH3N", "1.9", "1.9", "1.9", "1.9", "1.9", "1.9", "1.9", "1.9", "1.9", "1.9", "1.9"),
                section("S3", "NH3N", "1.9", "1.9", "1.9", "1.9", "1.9", "1.9", "1.9", "1.9", "1.9", "1.9", "1.9")),
                LocalDate.of(2022, 12, 1));
        assertEquals(TrackStatus.OFF_TRACK, result.status());
    }

    @Test
    void cityIsOffTrackWhenMoreSectionsAreStuckInWorseThanVThanAllowed() {
        List<SectionSamples> sections = List.of(
                section("S1", "NH3N", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5"),
                section("S2", "NH3N", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5"),
                section("S3", "NH3N", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3"));
        assertEquals(TrackStatus.OFF_TRACK, progress.cityProgress(targets(0), sections, LocalDate.of(2022, 12, 1)).status());
        assertEquals(TrackStatus.ON_TRACK, progress.cityProgress(targets(1), sections, LocalDate.of(2022, 12, 1)).status());
    }

    @Test
    void aMonthCheckpointHoldsTheMonthsClassesAgainstTheTargets() {
        List<SectionSamples> sections = List.of(
                new SectionSamples(river("S1"), List.of(sample("S1", "2022-05-10", "NH3N", "0.9"))),
                new SectionSamples(river("S2"), List.of(sample("S2", "2022-05-12", "NH3N", "1.2"), sample("S2", "2022-04-12", "NH3N", "0.2"))),
                new SectionSamples(river("S3"), List.of()));
        PeriodCheckpoint may = progress.checkpoint(targets(0), AssessmentPeriod.month(YearMonth.of(2022, 5)), sections);

        assertEquals(List.of(true, false, false), may.sections().stream().map(SectionCheckpoint::meetsTarget).toList());
        assertEquals(Optional.of(WaterClass.IV), may.sections().get(1).waterClass());
        assertEquals(new Share(1, 2), may.goodShare());
        assertFalse(may.meetsGoodShareTarget());
        assertTrue(may.withinWorseThanVAllowance());
    }
}
