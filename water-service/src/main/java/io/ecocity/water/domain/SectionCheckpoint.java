package io.ecocity.water.domain;

import java.util.Objects;
import java.util.Optional;

/** A section's class over a checkpoint period against its target; without a class it does not meet it. */
public record SectionCheckpoint(
        String sectionId,
        Optional<WaterClass> waterClass,
        Optional<WaterClass> targetClass,
        boolean meetsTarget,
        int sampleCount,
        boolean sufficientSamples) {

    public SectionCheckpoint {
        Objects.requireNonNull(sectionId);
        Objects.requireNonNull(waterClass);
        Objects.requireNonNull(targetClass);
    }
}
