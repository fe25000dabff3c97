package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One item's GB 3838 limits for one water-body type. For {@link LimitDirection#RANGE} the same
 * interval applies to every class, so the class limits are empty and the range bounds are set.
 */
public record ItemLimits(
        WaterQualityItem item,
        WaterBodyType bodyType,
        LimitDirection direction,
        Map<WaterClass, BigDecimal> classLimits,
        Optional<BigDecimal> rangeLow,
        Optional<BigDecimal> rangeHigh,
        boolean inEvaluationSet) {

    public ItemLimits {
        Objects.requireNonNull(item);
        Objects.requireNonNull(bodyType);
        Objects.requireNonNull(direction);
        classLimits = classLimits.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(classLimits));
        if ((direction == LimitDirection.AT_MOST || direction == LimitDirection.AT_LEAST)
                && classLimits.size() != WaterClass.limitedClasses().length) {
            throw new IllegalArgumentException(item + ": a limit is needed for each of the classes I to V");
        }
        if (direction == LimitDirection.RANGE && (rangeLow.isEmpty() || rangeHigh.isEmpty())) {
            throw new IllegalArgumentException(item + ": a range item needs both bounds");
        }
    }

    /** The limit of a class; absent for 劣V and for items without class limits. */
    public Optional<BigDecimal> limit(WaterClass waterClass) {
        return Optional.ofNullable(classLimits.get(waterClass));
    }
}
