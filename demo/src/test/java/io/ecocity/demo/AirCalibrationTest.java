package io.ecocity.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.air.domain.DailyAirQualityAggregator;
import io.ecocity.air.domain.Pollutant;
import io.ecocity.air.domain.StationDailyValues;
import io.ecocity.air.domain.assessment.AirPeriodAssessor;
import io.ecocity.air.domain.assessment.DailyAirValues;
import io.ecocity.air.domain.assessment.ExactFraction;
import io.ecocity.air.domain.assessment.PeriodAssessment;
import io.ecocity.air.domain.assessment.PeriodAssessmentOptions;
import io.ecocity.air.domain.assessment.YearOnYear;
import io.ecocity.demo.air.CityAirSeries;
import io.ecocity.demo.air.StationObservations;
import io.ecocity.demo.city.DemoCity;
import io.ecocity.events.air.AirObservation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's national stations, run through air-service's own HJ 633 / HJ 663 domain code, give the bureau's 2021 and
 * 2022 figures. Real generator and real domain code; nothing stubbed.
 */
class AirCalibrationTest {

    private static final long SEED = 20230412L;
    private static PeriodAssessment year2021;
    private static PeriodAssessment year2022;

    @BeforeAll
    static void assessBothYears() {
        year2021 = assessCityYear(2021);
        year2022 = assessCityYear(2022);
    }

    @Test
    void compositeIndexIs3point35Then3point29AndOnePointEightPercentBetter() {
        assertEquals(new BigDecimal("3.35"), rounded(year2021.compositeIndex().total().orElseThrow(), 2));
        assertEquals(new BigDecimal("3.29"), rounded(year2022.compositeIndex().total().orElseThrow(), 2));
        ExactFraction improvement = YearOnYear.improvementPercent(year2021.compositeIndex().total().orElseThrow(),
                year2022.compositeIndex().total().orElseThrow()).orElseThrow();
        assertEquals(new BigDecimal("1.8"), rounded(improvement, 1));
        // the same from the published (rounded) figures
        assertEquals(new BigDecimal("1.8"), rounded(YearOnYear.improvementPercent(new BigDecimal("3.35"),
                new BigDecimal("3.29")).orElseThrow(), 1));
    }

    @Test
    void pm25Is22Then20AndNinePointOnePercentBetter() {
        ExactFraction mean2021 = year2021.pollutant(Pollutant.PM25).mean().orElseThrow();
        ExactFraction mean2022 = year2022.pollutant(Pollutant.PM25).mean().orElseThrow();
        assertEquals(ExactFraction.of(22), mean2021);
        assertEquals(ExactFraction.of(20), mean2022);
        assertEquals(new BigDecimal("9.1"), rounded(YearOnYear.improvementPercent(mean2021, mean2022).orElseThrow(), 1));
    }

    @Test
    void everyDayOfBothYearsIsValidSoTheYearsAreComplete() {
        assertEquals(365, year2021.pollutant(Pollutant.PM25).validDays());
        assertEquals(365, year2022.pollutant(Pollutant.O3).validDays());
        assertTrue(year2022.pollutant(Pollutant.O3).percentile().orElseThrow().compareTo(new BigDecimal("180")) == 0);
    }

    /**
     * The city year as air-service computes it: each national station's daily values from its hourly observations,
     * then the city's daily value of a pollutant as the mean of the stations' (identical, by construction, to the
     * daily value of the city's hourly means), then HJ 663 over the year.
     */
    private static PeriodAssessment assessCityYear(int year) {
        List<DemoCity.Station> national = DemoCity.stations(0, SEED).stream().filter(DemoCity.Station::assessed).toList();
        StationObservations observations = new StationObservations(national, SEED);
        DailyAirQualityAggregator aggregator = new DailyAirQualityAggregator();
        List<DailyAirValues> cityDays = new ArrayList<>();
        for (CityAirSeries.CityDay cityDay : CityAirSeries.year(CityAirSeries.planFor(year), SEED)) {
            Map<String, Map<Pollutant, Map<Instant, BigDecimal>>> byStation = new HashMap<>();
            for (AirObservation o : observations.day(cityDay, 24)) {
                Map<Pollutant, Map<Instant, BigDecimal>> series = byStation.computeIfAbsent(o.stationId(),
                        id -> new EnumMap<>(Pollutant.class));
                Instant time = o.time().toInstant();
                put(series, Pollutant.SO2, time, o.so2());
                put(series, Pollutant.NO2, time, o.no2());
                put(series, Pollutant.PM10, time, o.pm10());
                put(series, Pollutant.PM25, time, o.pm25());
                put(series, Pollutant.CO, time, o.co());
                put(series, Pollutant.O3, time, o.o3());
            }
            Map<Pollutant, ExactFraction> sums = new EnumMap<>(Pollutant.class);
            for (Map<Pollutant, Map<Instant, BigDecimal>> series : byStation.values()) {
                StationDailyValues daily = aggregator.daily(cityDay.day(), series);
                for (Pollutant p : Pollutant.values()) {
                    BigDecimal value = p == Pollutant.O3
                            ? daily.ozoneDailyMaxEightHour().concentration().orElseThrow()
                            : daily.dailyMeans().get(p).concentration().orElseThrow();
                    sums.merge(p, ExactFraction.of(value), ExactFraction::plus);
                }
            }
            Map<Pollutant, BigDecimal> cityValues = new EnumMap<>(Pollutant.class);
            sums.forEach((p, sum) -> cityValues.put(p,
                    sum.dividedBy(ExactFraction.of(byStation.size())).rounded(10, RoundingMode.HALF_EVEN)));
            cityDays.add(DailyAirValues.withoutAqi(cityDay.day(), cityValues));
        }
        return new AirPeriodAssessor(PeriodAssessmentOptions.defaults())
                .assess(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), cityDays);
    }

    private static void put(Map<Pollutant, Map<Instant, BigDecimal>> series, Pollutant p, Instant time, BigDecimal v) {
        if (v != null) {
            series.computeIfAbsent(p, k -> new HashMap<>()).put(time, v);
        }
    }

    private static BigDecimal rounded(ExactFraction value, int scale) {
        return value.rounded(scale, RoundingMode.HALF_UP);
    }
}
