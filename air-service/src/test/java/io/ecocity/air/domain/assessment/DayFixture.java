package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds daily values for the tests: a day, its concentrations and its AQI, nothing else. */
final class DayFixture {

    private final LocalDate day;
    private final Map<Pollutant, BigDecimal> values = new EnumMap<>(Pollutant.class);
    private Integer aqi;
    private Integer level;
    private final Set<Pollutant> primary = EnumSet.noneOf(Pollutant.class);

    private DayFixture(LocalDate day) {
        this.day = day;
    }

    static DayFixture on(LocalDate day) {
        return new DayFixture(day);
    }

    static DayFixture on(String isoDay) {
        return new DayFixture(LocalDate.parse(isoDay));
    }

    DayFixture with(Pollutant pollutant, String value) {
        values.put(pollutant, new BigDecimal(value));
        return this;
    }

    DayFixture aqi(int value, int aqiLevel, Pollutant... primaryPollutants) {
        aqi = value;
        level = aqiLevel;
        primary.addAll(List.of(primaryPollutants));
        return this;
    }

    DailyAirValues build() {
        return new DailyAirValues(day, values, aqi, level, primary);
    }

    /** One day per calendar day of [from, to], all with the same PM2.5 and AQI. */
    static List<DailyAirValues> pm25Days(LocalDate from, LocalDate to, String pm25, int aqi, int level) {
        List<DailyAirValues> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(on(d).with(Pollutant.PM25, pm25).aqi(aqi, level).build());
        }
        return days;
    }

    static List<DailyAirValues> concat(List<DailyAirValues> first, List<DailyAirValues> second) {
        List<DailyAirValues> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
