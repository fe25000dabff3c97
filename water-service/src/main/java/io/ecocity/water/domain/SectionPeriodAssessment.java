package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A section over a period by the 2011 method: the arithmetic mean of each item over the period's
 * samples, then the single-factor class of those means; and the year-on-year class change.
 */
public final class SectionPeriodAssessment {

    /**
     * Means are cut at 34 significant digits. That never moves a mean across a limit: a mean equal to
     * a limit divides exactly, and any other mean of n values with k decimals is at least 1/(n·10^k)
     * away from it, far beyond the 34th digit.
     */
    static final MathContext MEAN_PRECISION = MathContext.DECIMAL128;

    private final WaterQualityClassifier classifier;
    private final PeriodAggregationOptions options;

    public SectionPeriodAssessment(WaterQualityClassifier classifier, PeriodAggregationOptions options) {
        this.classifier = Objects.requireNonNull(classifier);
        this.options = Objects.requireNonNull(options);
    }

    public WaterQualityClassifier classifier() {
        return classifier;
    }

    /** Samples outside the period or of another section are ignored, so a caller may pass a year's list. */
    public SectionPeriodResult assess(MonitoringSection section, AssessmentPeriod period, Collection<WaterSample> samples) {
        List<WaterSample> inPeriod = samples.stream()
                .filter(sample -> sample.sectionId().equals(section.id()))
                .filter(sample -> period.contains(sample.sampledOn()))
                .toList();
        Map<WaterQualityItem, BigDecimal> means = itemMeans(inPeriod);
        SampleAssessment assessment = classifier.assess(section.bodyType(), means);
        boolean sufficient = inPeriod.size() >= options.minimumSamples(period.kind());
        return new SectionPeriodResult(section, period, inPeriod.size(), means, assessment, sufficient);
    }

    /** Each item's mean over the samples that measured it. */
    public static Map<WaterQualityItem, BigDecimal> itemMeans(Collection<WaterSample> samples) {
        Map<WaterQualityItem, BigDecimal> sums = new EnumMap<>(WaterQualityItem.class);
        Map<WaterQualityItem, Integer> counts = new EnumMap<>(WaterQualityItem.class);
        for (WaterSample sample : samples) {
            sample.values().forEach((item, value) -> {
                sums.merge(item, value, BigDecimal::add);
                counts.merge(item, 1, Integer::sum);
            });
        }
        Map<WaterQualityItem, BigDecimal> means = new EnumMap<>(WaterQualityItem.class);
        sums.forEach((item, sum) -> means.put(item, mean(sum, counts.get(item))));
        return means;
    }

    static BigDecimal mean(BigDecimal sum, int count) {
        return sum.divide(BigDecimal.valueOf(count), MEAN_PRECISION).stripTrailingZeros();
    }

    /** Absent when either period has no class (no evaluated item measured). */
    public static Optional<ClassChange> yearOnYear(SectionPeriodResult previousYear, SectionPeriodResult currentYear) {
        if (!previousYear.section().id().equals(currentYear.section().id())) {
            throw new IllegalArgumentException("year-on-year needs the same section");
        }
        return previousYear.waterClass().flatMap(previous ->
                currentYear.waterClass().map(current -> new ClassChange(previous, current)));
    }
}
