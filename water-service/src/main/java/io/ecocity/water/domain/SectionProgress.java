package io.ecocity.water.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A section's year to date against its target class.
 *
 * @param latestSample the compliance of the latest sample in the year so far, absent before the first
 * @param improvements for a section off its target: the items to improve and the mean they need
 */
public record SectionProgress(
        MonitoringSection section,
        WaterClass targetClass,
        SectionPeriodResult yearToDate,
        Optional<TargetCompliance> latestSample,
        int samplesRemaining,
        TrackStatus status,
        List<RequiredImprovement> improvements) {

    public SectionProgress {
        Objects.requireNonNull(section);
        Objects.requireNonNull(targetClass);
        Objects.requireNonNull(yearToDate);
        Objects.requireNonNull(latestSample);
        Objects.requireNonNull(status);
        improvements = List.copyOf(improvements);
    }

    public Optional<WaterClass> yearToDateClass() {
        return yearToDate.waterClass();
    }
}
