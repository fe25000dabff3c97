package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One Beijing natural day of a station, town or city: the 24-hour means of SO2, NO2, PM10, PM2.5 and CO and
 * the O3 daily maximum 8-hour value (µg/m³, CO mg/m³). A pollutant without a valid value for the day is
 * simply absent. The AQI, its level and the primary pollutants come from the AQI calculator; a day without a
 * valid AQI has neither level nor primary pollutants.
 */
public record DailyAirValues(LocalDate day, Map<Pollutant, BigDecimal> values, Integer aqi, Integer aqiLevel,
                             Set<Pollutant> primaryPollutants) {

    public DailyAirValues {
        Objects.requireNonNull(day, "day");
        EnumMap<Pollutant, BigDecimal> copy = new EnumMap<>(Pollutant.class);
        if (values != null) {
            values.forEach((pollutant, value) -> {
                Objects.requireNonNull(pollutant, "pollutant");
                if (value == null) {
                    return;
                }
                if (value.signum() < 0) {
                    throw new IllegalArgumentException(day + ": negative " + pollutant.apiName() + " " + value);
                }
                copy.put(pollutant, value);
            });
        }
        values = java.util.Collections.unmodifiableMap(copy);
        if (aqi == null) {
            if (aqiLevel != null || (primaryPollutants != null && !primaryPollutants.isEmpty())) {
                throw new IllegalArgumentException(day + ": a level or primary pollutant without an AQI");
            }
        } else {
            if (aqi < 0) {
                throw new IllegalArgumentException(day + ": negative AQI " + aqi);
            }
            if (aqiLevel == null || aqiLevel < 1 || aqiLevel > 6) {
                throw new IllegalArgumentException(day + ": AQI level must be 1..6, was " + aqiLevel);
            }
        }
        primaryPollutants = primaryPollutants == null || primaryPollutants.isEmpty()
                ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(primaryPollutants));
    }

    /** A day with pollutant values only and no valid AQI. */
    public static DailyAirValues withoutAqi(LocalDate day, Map<Pollutant, BigDecimal> values) {
        return new DailyAirValues(day, values, null, null, Set.of());
    }

    public Optional<BigDecimal> value(Pollutant pollutant) {
        return Optional.ofNullable(values.get(pollutant));
    }

    public boolean hasValidAqi() {
        return aqi != null;
    }
}
