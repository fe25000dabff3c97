package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One sampling of a section on a Beijing natural day. Items not measured are simply absent: monthly
 * sampling often covers fewer than the 21 items.
 */
public record WaterSample(String sectionId, LocalDate sampledOn, Map<WaterQualityItem, BigDecimal> values) {

    public WaterSample {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(sampledOn, "sampledOn");
        values.forEach((item, value) -> Objects.requireNonNull(value, () -> "no value for " + item));
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
    }
}
