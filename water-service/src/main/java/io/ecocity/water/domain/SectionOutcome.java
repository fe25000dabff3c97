package io.ecocity.water.domain;

import java.util.Objects;
import java.util.Optional;

/** One assessed section in a city summary. */
public record SectionOutcome(
        String sectionId,
        WaterClass waterClass,
        WaterQualityStatus status,
        Optional<WaterClass> targetClass,
        Optional<Boolean> meetsTarget) {

    public SectionOutcome {
        Objects.requireNonNull(sectionId);
        Objects.requireNonNull(waterClass);
        Objects.requireNonNull(status);
        Objects.requireNonNull(targetClass);
        Objects.requireNonNull(meetsTarget);
    }
}
