package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Day counts from the daily AQI over a period. The good-day ratio (优良天数比例) is in percent of the days with
 * a valid AQI; days without one are left out of the denominator (docs/standards/rules.md §3.5) and counted in
 * {@code daysWithoutAqi}. A day with several primary pollutants counts for each of them.
 */
public record AqiDayStatistics(int calendarDays, int validAqiDays, int daysWithoutAqi, int goodDays,
                               Optional<ExactFraction> goodDayRatioPercent, Map<Integer, Integer> daysByLevel,
                               int heavilyPollutedDays, Map<Pollutant, Integer> primaryPollutantDays) {

    public AqiDayStatistics {
        daysByLevel = Collections.unmodifiableMap(new TreeMap<>(daysByLevel));
        primaryPollutantDays = Collections.unmodifiableMap(primaryPollutantDays.isEmpty()
                ? new EnumMap<>(Pollutant.class) : new EnumMap<>(primaryPollutantDays));
    }

    public int nonGoodDays() {
        return validAqiDays - goodDays;
    }
}
