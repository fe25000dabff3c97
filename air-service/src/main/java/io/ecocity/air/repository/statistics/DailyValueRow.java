package io.ecocity.air.repository.statistics;

import io.ecocity.air.domain.Pollutant;
import io.ecocity.air.domain.assessment.DailyAirValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One stored daily value as the statistics read it: a projection, no managed entity. */
public record DailyValueRow(String scopeId, LocalDate day, BigDecimal so2, BigDecimal no2, BigDecimal pm10,
                            BigDecimal pm25, BigDecimal co, BigDecimal o38h, Integer aqi, Integer aqiLevel,
                            String primaryPollutants) {

    /**
     * The domain's day. A stored AQI without a level 1..6 is an inconsistent row: its AQI is left out (the day still
     * counts its concentrations) rather than failing every statistic that includes the day.
     */
    public DailyAirValues toDailyAirValues() {
        Map<Pollutant, BigDecimal> values = new EnumMap<>(Pollutant.class);
        values.put(Pollutant.SO2, so2);
        values.put(Pollutant.NO2, no2);
        values.put(Pollutant.PM10, pm10);
        values.put(Pollutant.PM25, pm25);
        values.put(Pollutant.CO, co);
        values.put(Pollutant.O3, o38h);
        boolean validAqi = aqi != null && aqi >= 0 && aqiLevel != null && aqiLevel >= 1 && aqiLevel <= 6;
        if (!validAqi) {
            return DailyAirValues.withoutAqi(day, values);
        }
        return new DailyAirValues(day, values, aqi, aqiLevel, primaryPollutantsOf(primaryPollutants));
    }

    /** The comma-separated API names; the O3 indicator names count as O3, unknown names are ignored. */
    static Set<Pollutant> primaryPollutantsOf(String names) {
        Set<Pollutant> pollutants = EnumSet.noneOf(Pollutant.class);
        if (names == null || names.isBlank()) {
            return pollutants;
        }
        for (String raw : names.split(",")) {
            String name = raw.trim().toLowerCase(Locale.ROOT).replace(".", "").replace("_24h", "");
            if (name.startsWith("o3")) {
                pollutants.add(Pollutant.O3);
                continue;
            }
            for (Pollutant p : Pollutant.values()) {
                if (p.apiName().equals(name)) {
                    pollutants.add(p);
                }
            }
        }
        return pollutants;
    }
}
