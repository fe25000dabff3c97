package io.ecocity.demo.air;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The city's hourly air values for whole years, shaped like a Pearl River Delta city (particles and NO2 high in
 * winter, ozone high in autumn afternoons) and calibrated exactly to a year's plan.
 *
 * <p>Exactness is the point: the city's daily mean of a pollutant is the plan's whole number (CO: tenths), because
 * the 24 hourly values of the day are whole numbers adjusted to sum to 24 times it; the ozone daily maximum 8-hour
 * value is likewise exact; and the annual mean and the percentiles HJ 663 uses are forced onto the plan. So the
 * services, computing from the stations' hourly values, find the plan's figures to the last digit, whatever their
 * rounding of intermediate values.
 */
public final class CityAirSeries {

    /** Pollutant columns of {@link CityDay#hourly()}. CO is held in tenths of mg/m³. */
    public static final int SO2 = 0;
    public static final int NO2 = 1;
    public static final int PM10 = 2;
    public static final int PM25 = 3;
    public static final int CO_TENTHS = 4;
    public static final int O3 = 5;
    public static final String[] API_NAMES = {"so2", "no2", "pm10", "pm25", "co", "o3"};

    /**
     * What a year is calibrated to: the annual means of SO2, NO2, PM10 and PM2.5 (µg/m³), the 95th percentile of CO
     * daily means (tenths of mg/m³) and the 90th percentile of the ozone daily maximum 8-hour values (µg/m³).
     */
    public record YearPlan(int year, int so2Mean, int no2Mean, int pm10Mean, int pm25Mean, int coP95Tenths,
            int o3P90) {
    }

    /**
     * The plans. 2021 and 2022 give the bureau's reported figures: composite index 3.35 and 3.29 (1.8 % better), PM2.5
     * 22 and 20 µg/m³ (9.1 % better). With the GB 3095-2012 Grade II denominators (60, 40, 70, 35, 4, 160):
     * 2021: 9/60 + 29/40 + 42/70 + 22/35 + 1.0/4 + 159/160 = 3.3473, 2022: 8/60 + 27/40 + 39/70 + 20/35 + 0.9/4 +
     * 180/160 = 3.2869. Later years continue the trend.
     */
    public static final List<YearPlan> PLANS = List.of(
            new YearPlan(2021, 9, 29, 42, 22, 10, 159),
            new YearPlan(2022, 8, 27, 39, 20, 9, 180),
            new YearPlan(2023, 8, 27, 40, 21, 9, 176),
            new YearPlan(2024, 7, 25, 38, 20, 8, 170),
            new YearPlan(2025, 7, 24, 37, 19, 8, 168),
            new YearPlan(2026, 7, 24, 36, 19, 8, 166));

    /** One Beijing natural day: for each pollutant the city's values of the hours labelled 01:00 … 24:00. */
    public record CityDay(LocalDate day, int[][] hourly) {

        public int dailySum(int pollutant) {
            return Arrays.stream(hourly[pollutant]).sum();
        }
    }

    // Diurnal shapes, hour labels 1..24 (index 0 = the hour ending 01:00).
    private static final double[] PARTICLE_SHAPE = {0.98, 0.95, 0.92, 0.90, 0.90, 0.92, 0.98, 1.06, 1.10, 1.08,
        1.03, 0.98, 0.94, 0.92, 0.92, 0.94, 0.98, 1.03, 1.08, 1.12, 1.12, 1.09, 1.05, 1.01};
    private static final double[] NO2_SHAPE = {0.95, 0.88, 0.82, 0.78, 0.78, 0.84, 0.98, 1.15, 1.25, 1.18, 1.02,
        0.90, 0.84, 0.82, 0.84, 0.90, 1.00, 1.12, 1.24, 1.28, 1.22, 1.12, 1.04, 0.98};
    private static final double[] SO2_SHAPE = {0.92, 0.90, 0.88, 0.88, 0.88, 0.90, 0.95, 1.02, 1.08, 1.12, 1.14,
        1.14, 1.12, 1.10, 1.08, 1.05, 1.02, 1.00, 0.98, 0.97, 0.96, 0.95, 0.94, 0.93};
    private static final double[] O3_SHAPE = {0.42, 0.36, 0.32, 0.29, 0.27, 0.27, 0.32, 0.45, 0.66, 0.90, 1.14,
        1.36, 1.54, 1.66, 1.70, 1.64, 1.48, 1.24, 0.96, 0.76, 0.62, 0.54, 0.48, 0.45};

    private CityAirSeries() {
    }

    /** The plan of a year; a year after the last plan keeps the last plan's figures, so the demo runs on. */
    public static YearPlan planFor(int year) {
        YearPlan last = PLANS.get(PLANS.size() - 1);
        if (year > last.year()) {
            return new YearPlan(year, last.so2Mean(), last.no2Mean(), last.pm10Mean(), last.pm25Mean(),
                    last.coP95Tenths(), last.o3P90());
        }
        return PLANS.stream().filter(p -> p.year() == year).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no plan for " + year + "; the demo begins in "
                        + PLANS.get(0).year()));
    }

    /** The city's hourly values for every day of the plan's year, deterministic for a seed. */
    public static List<CityDay> year(YearPlan plan, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ (plan.year() * 7919L));
        int days = Year.of(plan.year()).length();
        int[] pm25 = calibratedMeans(seasonal(days, plan.year(), 0.45, 15, 0.28, random), plan.pm25Mean(), 3);
        int[] pm10 = calibratedMeans(follow(pm25, 0.12, random), plan.pm10Mean(), 6);
        int[] no2 = calibratedMeans(seasonal(days, plan.year(), 0.30, 20, 0.22, random), plan.no2Mean(), 5);
        int[] so2 = calibratedMeans(seasonal(days, plan.year(), 0.20, 20, 0.18, random), plan.so2Mean(), 2);
        int[] coTenths = forcePercentile(roundedAround(seasonal(days, plan.year(), 0.25, 20, 0.15, random),
                plan.coP95Tenths() * 0.78, 3), 95, plan.coP95Tenths());
        int[] o3Max8h = forcePercentile(roundedAround(seasonal(days, plan.year(), 0.32, 275, 0.25, random),
                plan.o3P90() * 0.70, 20), 90, plan.o3P90());

        List<CityDay> result = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            int[][] hourly = new int[6][];
            hourly[SO2] = hoursWithMean(so2[d], SO2_SHAPE);
            hourly[NO2] = hoursWithMean(no2[d], NO2_SHAPE);
            hourly[PM10] = hoursWithMean(pm10[d], PARTICLE_SHAPE);
            hourly[PM25] = hoursWithMean(pm25[d], PARTICLE_SHAPE);
            hourly[CO_TENTHS] = hoursWithMean(coTenths[d], PARTICLE_SHAPE);
            hourly[O3] = hoursWithMaxEightHourMean(o3Max8h[d], O3_SHAPE);
            result.add(new CityDay(LocalDate.ofYearDay(plan.year(), d + 1), hourly));
        }
        return result;
    }

    /** Highest mean of eight consecutive hours among the windows ending 08:00 … 24:00 of the day (HJ 663). */
    public static int maxEightHourSum(int[] hours) {
        int best = Integer.MIN_VALUE;
        for (int end = 8; end <= 24; end++) {
            best = Math.max(best, windowSum(hours, end));
        }
        return best;
    }

    /** The k = 1 + (n − 1)·p/100 percentile with linear interpolation, as HJ 663 defines it. */
    public static double percentile(int[] values, int p) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        double k = 1 + (sorted.length - 1) * p / 100.0;
        int lower = (int) Math.floor(k);
        int upper = Math.min(sorted.length, lower + 1);
        return sorted[lower - 1] + (k - lower) * (sorted[upper - 1] - sorted[lower - 1]);
    }

    private static double[] seasonal(int days, int year, double amplitude, int peakDayOfYear, double noise,
            SplittableRandom random) {
        double[] raw = new double[days];
        double persistent = 0;
        for (int d = 0; d < days; d++) {
            // day-to-day weather persists for a few days: an AR(1) on the log scale
            persistent = 0.7 * persistent + noise * gaussian(random);
            double season = 1 + amplitude * Math.cos(2 * Math.PI * (d + 1 - peakDayOfYear) / days);
            raw[d] = season * Math.exp(persistent);
        }
        return raw;
    }

    private static double[] follow(int[] leader, double noise, SplittableRandom random) {
        double[] raw = new double[leader.length];
        for (int d = 0; d < leader.length; d++) {
            raw[d] = leader[d] * Math.exp(noise * gaussian(random));
        }
        return raw;
    }

    /** Whole-number daily values whose mean over the year is exactly {@code mean}. */
    static int[] calibratedMeans(double[] raw, int mean, int floor) {
        int[] values = roundedAround(raw, mean, floor);
        long target = (long) mean * values.length;
        long sum = Arrays.stream(values).asLongStream().sum();
        // spread the rounding residue over the days one unit at a time, largest days first for a deficit of
        // particles is how a cleaner spell looks, smallest first otherwise
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(values[b], values[a]));
        int i = 0;
        while (sum != target) {
            int day = order[i % order.length];
            if (sum < target) {
                values[day]++;
                sum++;
            } else if (values[day] > floor) {
                values[day]--;
                sum--;
            }
            i++;
        }
        return values;
    }

    private static int[] roundedAround(double[] raw, double mean, int floor) {
        double rawMean = Arrays.stream(raw).average().orElse(1);
        int[] values = new int[raw.length];
        for (int d = 0; d < raw.length; d++) {
            values[d] = Math.max(floor, (int) Math.round(raw[d] / rawMean * mean));
        }
        return values;
    }

    /** Moves the values around the percentile's rank onto {@code target}, so the percentile is exactly it. */
    static int[] forcePercentile(int[] values, int p, int target) {
        int n = values.length;
        double k = 1 + (n - 1) * p / 100.0;
        int lowerRank = (int) Math.floor(k);
        int upperRank = Math.min(n, lowerRank + 1);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(values[a], values[b]));
        int[] result = values.clone();
        for (int rank = 1; rank <= n; rank++) {
            int day = order[rank - 1];
            if (rank < lowerRank) {
                result[day] = Math.min(result[day], target);
            } else if (rank <= upperRank) {
                result[day] = target;
            } else {
                result[day] = Math.max(result[day], target);
            }
        }
        return result;
    }

    /** 24 whole-number hourly values following {@code shape} whose sum is exactly 24 × {@code dailyMean}. */
    static int[] hoursWithMean(int dailyMean, double[] shape) {
        double shapeMean = Arrays.stream(shape).average().orElse(1);
        int[] hours = new int[24];
        int sum = 0;
        for (int h = 0; h < 24; h++) {
            hours[h] = Math.max(0, (int) Math.round(dailyMean * shape[h] / shapeMean));
            sum += hours[h];
        }
        int residue = 24 * dailyMean - sum;
        for (int i = 0; residue != 0; i++) {
            int h = (i * 7) % 24;
            if (residue > 0) {
                hours[h]++;
                residue--;
            } else if (hours[h] > 0) {
                hours[h]--;
                residue++;
            }
        }
        return hours;
    }

    /** 24 whole-number ozone values following {@code shape} whose daily maximum 8-hour mean is exactly {@code max8h}. */
    static int[] hoursWithMaxEightHourMean(int max8h, double[] shape) {
        int[] shapeScaled = new int[24];
        double shapeMax = 0;
        for (int end = 8; end <= 24; end++) {
            double s = 0;
            for (int h = end - 8; h < end; h++) {
                s += shape[h];
            }
            shapeMax = Math.max(shapeMax, s / 8);
        }
        for (int h = 0; h < 24; h++) {
            shapeScaled[h] = Math.max(1, (int) Math.round(max8h * shape[h] / shapeMax));
        }
        int target = 8 * max8h;
        for (int guard = 0; guard < 10_000; guard++) {
            int best = maxEightHourSum(shapeScaled);
            if (best == target) {
                return shapeScaled;
            }
            int end = argMaxWindowEnd(shapeScaled);
            int step = best < target ? 1 : -1;
            // change the window's hours one unit at a time, from its middle outwards
            int[] order = {end - 4, end - 5, end - 3, end - 6, end - 2, end - 7, end - 1, end - 8};
            for (int h : order) {
                if (maxEightHourSum(shapeScaled) == target) {
                    break;
                }
                if (step > 0 || shapeScaled[h] > 1) {
                    shapeScaled[h] += step;
                }
            }
        }
        throw new IllegalStateException("could not shape an ozone day to " + max8h);
    }

    private static int argMaxWindowEnd(int[] hours) {
        int bestEnd = 8;
        int best = Integer.MIN_VALUE;
        for (int end = 8; end <= 24; end++) {
            int s = windowSum(hours, end);
            if (s > best) {
                best = s;
                bestEnd = end;
            }
        }
        return bestEnd;
    }

    private static int windowSum(int[] hours, int endLabel) {
        int s = 0;
        for (int h = endLabel - 8; h < endLabel; h++) {
            s += hours[h];
        }
        return s;
    }

    private static double gaussian(SplittableRandom random) {
        double u = Math.max(1e-12, random.nextDouble());
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
