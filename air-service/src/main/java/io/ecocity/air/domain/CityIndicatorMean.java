package io.ecocity.air.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A city concentration of one indicator: the mean over the {@code stations} that had a valid value. */
public record CityIndicatorMean(AqiIndicator indicator, BigDecimal concentration, int stations) {

    public CityIndicatorMean {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(concentration, "concentration");
        if (stations < 1) {
            throw new IllegalArgumentException("a city mean needs at least one station");
        }
    }
}
