package io.ecocity.air.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The city concentrations of one time step and the AQI computed from them. */
public record CityAirQuality(Map<AqiIndicator, CityIndicatorMean> means, int assessedStations,
                             AirQualityIndex airQualityIndex) {

    public CityAirQuality {
        means = Collections.unmodifiableMap(means.isEmpty()
                ? new EnumMap<>(AqiIndicator.class) : new EnumMap<>(means));
        Objects.requireNonNull(airQualityIndex, "airQualityIndex");
    }

    public Map<AqiIndicator, BigDecimal> concentrations() {
        Map<AqiIndicator, BigDecimal> concentrations = new EnumMap<>(AqiIndicator.class);
        means.forEach((indicator, mean) -> concentrations.put(indicator, mean.concentration()));
        return Collections.unmodifiableMap(concentrations);
    }
}
