package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One item's result in a sample (or in a period's means).
 *
 * @param waterClass absent where the item has no class limit for this water body (WT; TN in a river)
 * @param countsTowardSectionClass whether the item is one of those that make the section class
 * @param exceedanceMultiple present when the item is worse than class III and is an "at most" item
 * @param displayedMultiple the multiple rounded as configured, for display only
 */
public record ItemAssessment(
        WaterQualityItem item,
        BigDecimal value,
        Optional<WaterClass> waterClass,
        boolean countsTowardSectionClass,
        Optional<ExceedanceMultiple> exceedanceMultiple,
        Optional<BigDecimal> displayedMultiple) {

    public ItemAssessment {
        Objects.requireNonNull(item);
        Objects.requireNonNull(value);
        Objects.requireNonNull(waterClass);
        Objects.requireNonNull(exceedanceMultiple);
        Objects.requireNonNull(displayedMultiple);
    }

    public boolean isWorseThan(WaterClass waterClass) {
        return this.waterClass.map(own -> own.isWorseThan(waterClass)).orElse(false);
    }
}
