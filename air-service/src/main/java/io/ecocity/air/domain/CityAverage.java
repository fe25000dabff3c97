package io.ecocity.air.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The city value of one time step (docs/standards/rules.md §3.4, [U]; HJ 633-2026 defers to HJ 663): per indicator, the
 * arithmetic mean of the assessed stations' valid concentrations; the city IAQI and AQI are computed from those
 * means, never by averaging station AQIs. A station without a valid value for an indicator is left out of that
 * indicator's mean; an indicator no station has is missing for the city.
 */
public final class CityAverage {

    private final AirQualityIndexCalculator calculator;

    public CityAverage(AirQualityIndexCalculator calculator) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    /** Station code → that station's valid concentrations of the time step (e.g. from {@link StationDailyValues}). */
    public Map<AqiIndicator, CityIndicatorMean> means(Map<String, ? extends Map<AqiIndicator, BigDecimal>> stations) {
        Map<AqiIndicator, List<BigDecimal>> byIndicator = new EnumMap<>(AqiIndicator.class);
        stations.forEach((station, values) -> values.forEach((indicator, value) -> {
            Objects.requireNonNull(value, () -> station + " " + indicator + ": null; omit an invalid value");
            if (value.signum() < 0) {
                throw new IllegalArgumentException(station + " " + indicator + ": negative concentration " + value);
            }
            byIndicator.computeIfAbsent(indicator, i -> new ArrayList<>()).add(value);
        }));
        Map<AqiIndicator, CityIndicatorMean> means = new EnumMap<>(AqiIndicator.class);
        byIndicator.forEach((indicator, values) ->
                means.put(indicator, new CityIndicatorMean(indicator, ExactMean.of(values), values.size())));
        return Collections.unmodifiableMap(means);
    }

    public CityAirQuality cityAirQuality(AqiEdition edition, AqiReportKind kind,
                                         Map<String, ? extends Map<AqiIndicator, BigDecimal>> stations) {
        Map<AqiIndicator, CityIndicatorMean> means = means(stations);
        Map<AqiIndicator, BigDecimal> concentrations = new EnumMap<>(AqiIndicator.class);
        means.forEach((indicator, mean) -> concentrations.put(indicator, mean.concentration()));
        return new CityAirQuality(means, stations.size(), calculator.calculate(edition, kind, concentrations));
    }
}
