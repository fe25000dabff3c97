package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * City and river-system results over the assessed sections (2011 method, docs/standards/rules.md §4.2): the good share
 * (I–III), the 劣V share, the share meeting target, section status, and river or basin grading.
 */
public final class CityWaterAssessment {

    private final WaterQualityClassifier classifier;
    private final SectionCategoryTable categories;
    private final RiverSystemGradingTable grading;
    private final CityAssessmentOptions options;

    public CityWaterAssessment(WaterQualityClassifier classifier, SectionCategoryTable categories,
                               RiverSystemGradingTable grading, CityAssessmentOptions options) {
        this.classifier = Objects.requireNonNull(classifier);
        this.categories = Objects.requireNonNull(categories);
        this.grading = Objects.requireNonNull(grading);
        this.options = Objects.requireNonNull(options);
    }

    public CityAssessmentOptions options() {
        return options;
    }

    public WaterQualityStatus sectionStatus(WaterClass waterClass) {
        return categories.status(waterClass);
    }

    /** The share as the bureau prints it: rounded once at the configured scale. */
    public Optional<BigDecimal> displayPercent(Share share) {
        return share.percent(options.shareDisplayScale(), options.shareRounding());
    }

    /**
     * A published share target ("≥ 66.7 %") is met when the displayed share reaches it: targets are
     * published at display precision, and 6 of 9 sections is the 66.7 % the bureau means.
     */
    public boolean meetsShareTarget(Share share, BigDecimal targetPercentAtLeast) {
        return displayPercent(share).map(percent -> percent.compareTo(targetPercentAtLeast) >= 0).orElse(false);
    }

    public CityWaterSummary summarise(Collection<SectionPeriodResult> results, Map<String, WaterClass> targetClasses) {
        List<SectionOutcome> outcomes = new ArrayList<>();
        int good = 0;
        int worseThanV = 0;
        int withTarget = 0;
        int meetingTarget = 0;
        for (SectionPeriodResult result : results) {
            if (result.waterClass().isEmpty()) {
                continue;
            }
            WaterClass waterClass = result.waterClass().get();
            good += waterClass.isGood() ? 1 : 0;
            worseThanV += waterClass == WaterClass.WORSE_THAN_V ? 1 : 0;
            Optional<WaterClass> target = Optional.ofNullable(targetClasses.get(result.section().id()));
            Optional<Boolean> meets = target.map(waterClass::meets);
            if (target.isPresent()) {
                withTarget++;
                meetingTarget += meets.get() ? 1 : 0;
            }
            outcomes.add(new SectionOutcome(result.section().id(), waterClass, sectionStatus(waterClass), target, meets));
        }
        int assessed = outcomes.size();
        Share goodShare = new Share(good, assessed);
        Share worseThanVShare = new Share(worseThanV, assessed);
        Share targetShare = new Share(meetingTarget, withTarget);
        return new CityWaterSummary(assessed, goodShare, worseThanVShare, targetShare,
                displayPercent(goodShare), displayPercent(worseThanVShare), displayPercent(targetShare), outcomes);
    }

    /**
     * Grades a river or basin from its sections' period results. With fewer sections than the table's
     * threshold, each indicator is averaged over the sections and the means are classified like one
     * section; otherwise the class shares are read against the grading rows in order. A share that falls
     * in no row (possible only when an override narrows the 重度污染 row) is graded 中度污染, the row
     * its 劣V share borders.
     */
    public RiverSystemGrading gradeRiverSystem(WaterBodyType bodyType, Collection<SectionPeriodResult> sections) {
        List<SectionPeriodResult> assessed = sections.stream().filter(result -> result.waterClass().isPresent()).toList();
        if (assessed.isEmpty()) {
            throw new IllegalArgumentException("a river system needs at least one assessed section");
        }
        int total = assessed.size();
        Share good = new Share((int) assessed.stream().filter(r -> r.waterClass().get().isGood()).count(), total);
        Share worseThanV = new Share((int) assessed.stream().filter(r -> r.waterClass().get() == WaterClass.WORSE_THAN_V).count(), total);
        int threshold = options.minimumSectionsForProportionMethod().orElse(grading.minimumSectionsForProportionMethod());
        if (total < threshold) {
            List<WaterSample> sectionMeans = assessed.stream()
                    .map(result -> new WaterSample(result.section().id(), result.period().to(), result.itemMeans()))
                    .toList();
            SampleAssessment meanAssessment = classifier.assess(bodyType, SectionPeriodAssessment.itemMeans(sectionMeans));
            WaterQualityStatus status = sectionStatus(meanAssessment.sectionClass().orElseThrow());
            return new RiverSystemGrading(status, GradingMethod.SECTION_MEAN, total, good, worseThanV, Optional.of(meanAssessment));
        }
        WaterQualityStatus status = gradingRules().stream()
                .filter(rule -> rule.matches(good, worseThanV))
                .map(RiverSystemGradingTable.GradingRule::status)
                .findFirst()
                .orElse(WaterQualityStatus.MODERATELY_POLLUTED);
        return new RiverSystemGrading(status, GradingMethod.CLASS_PROPORTION, total, good, worseThanV, Optional.empty());
    }

    /** The table's rows with the configured override applied. */
    public List<RiverSystemGradingTable.GradingRule> gradingRules() {
        return grading.rules().stream()
                .map(rule -> rule.status() == WaterQualityStatus.HEAVILY_POLLUTED
                        ? options.heavilyPollutedGoodShareBelow().map(rule::withGoodShareUpperExclusive).orElse(rule)
                        : rule)
                .toList();
    }
}
