package io.ecocity.water.domain;

import java.util.List;
import java.util.Objects;

/**
 * Whether a sample meets a section's target class, and the evaluated items that break it. A sample
 * with no evaluated item meets the target vacuously: nothing in it breaks the target.
 */
public record TargetCompliance(WaterClass targetClass, boolean meetsTarget, List<ItemAssessment> itemsBreakingTarget) {

    public TargetCompliance {
        Objects.requireNonNull(targetClass);
        itemsBreakingTarget = List.copyOf(itemsBreakingTarget);
    }
}
