package io.ecocity.demo.air;

import io.ecocity.demo.city.DemoCity;
import io.ecocity.demo.city.DemoCity.Station;
import io.ecocity.events.air.AirObservation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Turns the city's hourly values into each station's observations.
 *
 * <p>The five national (assessed) stations report every hour, and their values average to the city's value of each
 * hour exactly: each station's value is the city's plus a deviation, and the deviations of an hour sum to zero. For
 * ozone the deviation is the same all day, so every national station has its daily 8-hour maximum in the city's
 * window and the city's value is the same whether it is taken from the mean of the hours or of the stations' days.
 * Provincial stations follow their town's pollution level and miss an hour now and then, with a few outages of
 * several days; micro sensors (PM2.5 and PM10 only) joined the network in 2025.
 */
public final class StationObservations {

    public static final LocalDate MICRO_NETWORK_START = LocalDate.of(2025, 1, 1);
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private final List<Station> stations;
    private final Map<String, Double> townFactor = new HashMap<>();
    private final long seed;

    public StationObservations(List<Station> stations, long seed) {
        this.stations = stations;
        this.seed = seed;
        DemoCity.TOWNS.forEach(t -> townFactor.put(t.name(), t.pollutionFactor()));
    }

    /** Every observation of one day, hour by hour, up to and including the hour labelled {@code lastHour} (1–24). */
    public List<AirObservation> day(CityAirSeries.CityDay city, int lastHour) {
        SplittableRandom random = new SplittableRandom(seed ^ city.day().toEpochDay() * 31L);
        List<Station> national = stations.stream().filter(s -> s.kind().equals("NATIONAL")).toList();
        int[][][] nationalValues = nationalValues(city, national.size(), random);
        List<AirObservation> observations = new ArrayList<>(stations.size() * lastHour);
        for (int h = 1; h <= lastHour; h++) {
            OffsetDateTime time = city.day().atStartOfDay().atOffset(BEIJING).plusHours(h);
            for (int s = 0; s < national.size(); s++) {
                int[] v = new int[6];
                for (int p = 0; p < 6; p++) {
                    v[p] = nationalValues[s][p][h - 1];
                }
                observations.add(observation(national.get(s).stationId(), time, v, true));
            }
            for (Station station : stations) {
                if (station.kind().equals("NATIONAL")) {
                    continue;
                }
                boolean micro = station.kind().equals("MICRO");
                if (micro && city.day().isBefore(MICRO_NETWORK_START)) {
                    continue;
                }
                if (isMissing(station, city.day(), random)) {
                    continue;
                }
                double factor = townFactor.getOrDefault(station.town(), 1.0) * (1 + 0.12 * (random.nextDouble() - 0.5));
                int[] v = new int[6];
                for (int p = 0; p < 6; p++) {
                    double pollutantFactor = p == CityAirSeries.O3 ? 2 - factor : factor;
                    v[p] = (int) Math.max(0, Math.round(city.hourly()[p][h - 1] * pollutantFactor));
                }
                observations.add(observation(station.stationId(), time, v, !micro));
            }
        }
        return observations;
    }

    private static int[][][] nationalValues(CityAirSeries.CityDay city, int stationCount, SplittableRandom random) {
        int[][][] values = new int[stationCount][6][24];
        for (int p = 0; p < 6; p++) {
            int[] cityHours = city.hourly()[p];
            int minHour = java.util.Arrays.stream(cityHours).min().orElse(0);
            int[] dayOffset = zeroSum(stationCount, Math.max(0, minHour / 5), random);
            for (int h = 0; h < 24; h++) {
                int[] jitter = p == CityAirSeries.O3 ? new int[stationCount]
                        : zeroSum(stationCount, Math.max(0, (cityHours[h] - Math.abs(minHour / 5)) / 8), random);
                for (int s = 0; s < stationCount; s++) {
                    values[s][p][h] = cityHours[h] + dayOffset[s] + jitter[s];
                }
            }
        }
        return values;
    }

    /** {@code n} whole numbers in [−bound, bound] that sum to zero. */
    private static int[] zeroSum(int n, int bound, SplittableRandom random) {
        int[] values = new int[n];
        if (bound == 0) {
            return values;
        }
        int sum = 0;
        for (int i = 0; i < n - 1; i++) {
            values[i] = random.nextInt(2 * bound + 1) - bound;
            sum += values[i];
        }
        values[n - 1] = -sum;
        // keep the last one within bounds by pulling the others back toward zero
        for (int i = 0; Math.abs(values[n - 1]) > bound && i < 10 * n; i++) {
            int j = i % (n - 1);
            if (values[n - 1] > bound && values[j] < bound) {
                values[j]++;
                values[n - 1]--;
            } else if (values[n - 1] < -bound && values[j] > -bound) {
                values[j]--;
                values[n - 1]++;
            }
        }
        return values;
    }

    private static boolean isMissing(Station station, LocalDate day, SplittableRandom random) {
        // an outage of a provincial station: a week every spring for two of them, a few days for another
        if (station.stationId().equals("DG-P03") && day.getMonthValue() == 4 && day.getDayOfMonth() <= 7) {
            return true;
        }
        if (station.stationId().equals("DG-P11") && day.getMonthValue() == 9 && day.getDayOfMonth() >= 10
                && day.getDayOfMonth() <= 14) {
            return true;
        }
        return random.nextDouble() < (station.kind().equals("MICRO") ? 0.03 : 0.01);
    }

    private static AirObservation observation(String stationId, OffsetDateTime time, int[] v, boolean allPollutants) {
        BigDecimal pm10 = BigDecimal.valueOf(v[CityAirSeries.PM10]);
        BigDecimal pm25 = BigDecimal.valueOf(v[CityAirSeries.PM25]);
        if (!allPollutants) {
            return new AirObservation(stationId, time, null, null, pm10, pm25, null, null);
        }
        return new AirObservation(stationId, time, BigDecimal.valueOf(v[CityAirSeries.SO2]),
                BigDecimal.valueOf(v[CityAirSeries.NO2]), pm10, pm25,
                BigDecimal.valueOf(v[CityAirSeries.CO_TENTHS], 1), BigDecimal.valueOf(v[CityAirSeries.O3]));
    }
}
