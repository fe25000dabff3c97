package io.ecocity.waste.service;

import io.ecocity.waste.domain.IndicatorCalculator;
import io.ecocity.waste.domain.IndicatorCatalogue;
import java.time.Instant;

/** The catalogue indicators are computed with now, ready to compute. */
public record ActiveCatalogue(long id, IndicatorCalculator calculator, Instant activatedAt, String installedBy) {

    public IndicatorCatalogue catalogue() {
        return calculator.catalogue();
    }

    public String version() {
        return calculator.catalogue().version();
    }
}
