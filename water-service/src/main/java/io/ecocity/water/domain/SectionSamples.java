package io.ecocity.water.domain;

import java.util.List;
import java.util.Objects;

/** A section with its samples (typically those of the year so far). */
public record SectionSamples(MonitoringSection section, List<WaterSample> samples) {

    public SectionSamples {
        Objects.requireNonNull(section);
        samples = List.copyOf(samples);
    }
}
