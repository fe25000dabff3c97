package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A section's result over a period: the mean of each item over the period's samples and the
 * classification of those means.
 *
 * @param sufficientSamples whether the period had the configured minimum of samples
 */
public record SectionPeriodResult(
        MonitoringSection section,
        AssessmentPeriod period,
        int sampleCount,
        Map<WaterQualityItem, BigDecimal> itemMeans,
        SampleAssessment assessment,
        boolean sufficientSamples) {

    public SectionPeriodResult {
        Objects.requireNonNull(section);
        Objects.requireNonNull(period);
        itemMeans = itemMeans.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(itemMeans));
        Objects.requireNonNull(assessment);
    }

    public Optional<WaterClass> waterClass() {
        return assessment.sectionClass();
    }
}
