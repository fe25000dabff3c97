package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A year's water targets: the city good share (e.g. ≥ 66.7 %), how many 劣V sections are allowed, and
 * each section's target class.
 */
public record AnnualWaterTargets(
        int year,
        BigDecimal goodSharePercentAtLeast,
        int worseThanVSectionsAllowed,
        Map<String, WaterClass> sectionTargetClasses) {

    public AnnualWaterTargets {
        Objects.requireNonNull(goodSharePercentAtLeast);
        if (worseThanVSectionsAllowed < 0) {
            throw new IllegalArgumentException("worseThanVSectionsAllowed must not be negative");
        }
        sectionTargetClasses = Map.copyOf(sectionTargetClasses);
    }

    public Optional<WaterClass> targetFor(String sectionId) {
        return Optional.ofNullable(sectionTargetClasses.get(sectionId));
    }
}
