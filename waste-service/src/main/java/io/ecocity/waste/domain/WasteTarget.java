package io.ecocity.waste.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A yearly target for one indicator, e.g. construction waste utilisation ≥ 60 % in 2023. */
public record WasteTarget(String indicatorCode, int year, BigDecimal targetValue, IndicatorDirection direction) {
    public WasteTarget {
        Objects.requireNonNull(indicatorCode);
        Objects.requireNonNull(targetValue);
        Objects.requireNonNull(direction);
    }
}
