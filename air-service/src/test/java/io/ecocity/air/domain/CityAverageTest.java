package io.ecocity.air.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The real city averaging, calculator and aggregator; nothing stubbed. */
class CityAverageTest {

    private static final AirQualityIndexCalculator CALCULATOR = new AirQualityIndexCalculator();
    private static final CityAverage CITY = new CityAverage(CALCULATOR);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theCityAqiComesFromMeanConcentrationsNotFromMeanStationAqis() {
        Map<String, Map<AqiIndicator, BigDecimal>> stations = Map.of(
                "A", Map.of(AqiIndicator.PM25_24H, d("10"), AqiIndicator.NO2_24H, d("20")),
                "B", Map.of(AqiIndicator.PM25_24H, d("10"), AqiIndicator.NO2_24H, d("40")),
                "C", Map.of(AqiIndicator.PM25_24H, d("115")));

        CityAirQuality city = CITY.cityAirQuality(AqiEdition.HJ633_2012, AqiReportKind.DAILY, stations);

        assertEquals(d("45"), city.means().get(AqiIndicator.PM25_24H).concentration());
        assertEquals(3, city.means().get(AqiIndicator.PM25_24H).stations());
        assertEquals(d("30"), city.means().get(AqiIndicator.NO2_24H).concentration());
        assertEquals(2, city.means().get(AqiIndicator.NO2_24H).stations(), "C has no valid NO2 and is left out");
        assertEquals(3, city.assessedStations());
        // PM2.5 45 → 50 + 50/40·10 = 62.5 → 63; the station AQIs 25, 50 and 150 would average 75.
        assertEquals(OptionalInt.of(63), city.airQualityIndex().aqi());
        int stationAqiMean = stations.values().stream()
                .mapToInt(values -> CALCULATOR.calculate(AqiEdition.HJ633_2012, AqiReportKind.DAILY, values)
                        .aqi().orElseThrow())
                .sum() / 3;
        assertEquals(75, stationAqiMean);
        assertEquals(List.of(AqiIndicator.SO2_24H, AqiIndicator.PM10_24H, AqiIndicator.CO_24H, AqiIndicator.O3_1H,
                AqiIndicator.O3_8H), city.airQualityIndex().missingIndicators());
    }

    @Test
    void nonTerminatingMeansAreKeptTenDecimalsBeyondTheInputs() {
        Map<AqiIndicator, CityIndicatorMean> means = CITY.means(Map.of(
                "A", Map.of(AqiIndicator.CO_24H, d("1.1")),
                "B", Map.of(AqiIndicator.CO_24H, d("1.1")),
                "C", Map.of(AqiIndicator.CO_24H, d("1.2"))));
        assertEquals(d("1.13333333333"), means.get(AqiIndicator.CO_24H).concentration());
    }

    @Test
    void stationDaysAverageIntoACityDay() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        DailyAirQualityAggregator aggregator = new DailyAirQualityAggregator();
        Map<String, Map<AqiIndicator, BigDecimal>> stations = new HashMap<>();
        String[] pm25ByStation = {"50", "70"};
        for (int station = 0; station < pm25ByStation.length; station++) {
            Map<Instant, BigDecimal> pm25 = new HashMap<>();
            for (int hour = 1; hour <= 24; hour++) {
                pm25.put(BeijingTime.hourEnd(day, hour), d(pm25ByStation[station]));
            }
            Map<Pollutant, Map<Instant, BigDecimal>> hourly = new EnumMap<>(Pollutant.class);
            hourly.put(Pollutant.PM25, pm25);
            StationDailyValues values = aggregator.daily(day, hourly);
            stations.put("S" + station, values.indicatorValues(AqiEdition.forDay(day)));
        }
        CityAirQuality city = CITY.cityAirQuality(AqiEdition.forDay(day), AqiReportKind.DAILY, stations);
        assertThat(city.concentrations().get(AqiIndicator.PM25_24H)).isEqualByComparingTo(d("60"));
        // 2026: PM2.5 60 → IAQI 100, but the other indicators are missing, so the AQI is withheld.
        assertEquals(OptionalInt.of(100), city.airQualityIndex().aqiFromAvailableIndicators());
        assertEquals(OptionalInt.empty(), city.airQualityIndex().aqi());
        assertFalse(city.airQualityIndex().level().isPresent());
    }

    @Test
    void invalidStationValuesAreRejected() {
        Map<AqiIndicator, BigDecimal> withNull = new EnumMap<>(AqiIndicator.class);
        withNull.put(AqiIndicator.PM25_24H, null);
        assertThrows(NullPointerException.class, () -> CITY.means(Map.of("A", withNull)));
        assertThrows(IllegalArgumentException.class,
                () -> CITY.means(Map.of("A", Map.of(AqiIndicator.PM25_24H, d("-3")))));
    }
}
