package io.ecocity.air.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns one station's hourly values into the daily and moving statistics the AQI reports use (GB 3095 Table 4
 * validity, HJ 663 window rules). Hourly values are keyed by the instant that ends their hour: day D holds the
 * values labelled D 01:00 … D 24:00 (instants in (D 00:00, D+1 00:00], Beijing time). A missing or invalid hour is
 * simply absent from the map. Means are kept exact (see {@code ExactMean}); an invalid statistic has no value.
 */
public final class DailyAirQualityAggregator {

    private static final List<Pollutant> DAILY_MEAN_POLLUTANTS =
            List.of(Pollutant.SO2, Pollutant.NO2, Pollutant.PM10, Pollutant.PM25, Pollutant.CO);
    private static final Duration ONE_HOUR = Duration.ofHours(1);

    private final DailyAggregationOptions options;

    public DailyAirQualityAggregator() {
        this(DailyAggregationOptions.defaults());
    }

    public DailyAirQualityAggregator(DailyAggregationOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public DailyAggregationOptions options() {
        return options;
    }

    /** All daily statistics of one station; pollutants without hourly values get invalid statistics. */
    public StationDailyValues daily(LocalDate day, Map<Pollutant, ? extends Map<Instant, BigDecimal>> hourly) {
        Map<Pollutant, AveragedConcentration> means = new EnumMap<>(Pollutant.class);
        for (Pollutant pollutant : DAILY_MEAN_POLLUTANTS) {
            means.put(pollutant, dailyMean(pollutant, day, series(hourly, pollutant)));
        }
        Map<Instant, BigDecimal> ozone = series(hourly, Pollutant.O3);
        List<AveragedConcentration> windows = ozoneEightHourWindowsOfDay(day, ozone);
        return new StationDailyValues(day, means, ozoneDailyMaxEightHour(day, windows),
                ozoneDailyMaxOneHour(day, ozone), windows);
    }

    /** Daily (24-hour) mean: valid with at least 20 of the day's hourly values (GB 3095 Table 4). */
    public AveragedConcentration dailyMean(Pollutant pollutant, LocalDate day, Map<Instant, BigDecimal> hourly) {
        return mean(pollutant, ConcentrationStatistic.DAILY_MEAN, BeijingTime.hourEnd(day, 24), 24, hourly,
                options.minimumHoursForDailyMean());
    }

    /** O3 8-hour moving average of the hourly values labelled windowEnd − 7 h … windowEnd; valid with ≥ 6 of 8. */
    public AveragedConcentration ozoneEightHourMovingAverage(Instant windowEnd, Map<Instant, BigDecimal> hourly) {
        return mean(Pollutant.O3, ConcentrationStatistic.EIGHT_HOUR_MOVING_AVERAGE, windowEnd, 8, hourly,
                options.minimumHoursInEightHourWindow());
    }

    /** 24-hour moving average ending at an hour (HJ 633-2012 real-time PM10/PM2.5, and SO2 for its &gt;800 rule). */
    public AveragedConcentration twentyFourHourMovingAverage(Pollutant pollutant, Instant end,
                                                             Map<Instant, BigDecimal> hourly) {
        return mean(pollutant, ConcentrationStatistic.TWENTY_FOUR_HOUR_MOVING_AVERAGE, end, 24, hourly,
                options.minimumHoursForTwentyFourHourMovingAverage());
    }

    /**
     * The 8-hour values that belong to a day. Following HJ 663-2013 (docs/standards/rules.md §2.2, [U]) the windows end at 08:00 …
     * 24:00 of the day, so each one holds only the day's own hourly values and the day has 17 of them; the first
     * window end is configurable. The hourly map may hold other days' values; they are used only if a window
     * reaches them.
     */
    public List<AveragedConcentration> ozoneEightHourWindowsOfDay(LocalDate day, Map<Instant, BigDecimal> hourly) {
        List<AveragedConcentration> windows = new ArrayList<>();
        for (int hour = options.firstEightHourWindowEndHour(); hour <= 24; hour++) {
            windows.add(ozoneEightHourMovingAverage(BeijingTime.hourEnd(day, hour), hourly));
        }
        return Collections.unmodifiableList(windows);
    }

    /** O3 daily maximum 8-hour value (日最大8小时平均) from the hourly values. */
    public AveragedConcentration ozoneDailyMaxEightHour(LocalDate day, Map<Instant, BigDecimal> hourly) {
        return ozoneDailyMaxEightHour(day, ozoneEightHourWindowsOfDay(day, hourly));
    }

    /**
     * The maximum of the day's valid 8-hour values: valid with at least 14 of them, or with fewer when the
     * maximum already exceeds the limit (HJ 663-2013, [U], both configurable); coverage counts valid windows.
     */
    private AveragedConcentration ozoneDailyMaxEightHour(LocalDate day, List<AveragedConcentration> windows) {
        Optional<BigDecimal> maximum = windows.stream()
                .map(AveragedConcentration::concentration)
                .flatMap(Optional::stream)
                .max(BigDecimal::compareTo);
        int validWindows = (int) windows.stream().filter(AveragedConcentration::valid).count();
        boolean enoughWindows = validWindows >= options.minimumValidEightHourWindows();
        boolean exceedsLimitAnyway = maximum.isPresent() && options.ozoneLimitValidatingIncompleteDay()
                .map(limit -> maximum.get().compareTo(limit) > 0)
                .orElse(false);
        Instant start = windows.get(0).periodStart();
        Instant end = windows.get(windows.size() - 1).periodEnd();
        return new AveragedConcentration(Pollutant.O3, ConcentrationStatistic.DAILY_MAX_EIGHT_HOUR, start, end,
                enoughWindows || exceedsLimitAnyway ? maximum : Optional.empty(), validWindows,
                options.minimumValidEightHourWindows());
    }

    /** O3 daily maximum 1-hour value over the day's hourly values (HJ 633-2012 daily report). */
    public AveragedConcentration ozoneDailyMaxOneHour(LocalDate day, Map<Instant, BigDecimal> hourly) {
        Instant end = BeijingTime.hourEnd(day, 24);
        List<BigDecimal> values = valuesLabelledUpTo(end, 24, hourly);
        Optional<BigDecimal> maximum = values.size() >= options.minimumHoursForDailyMaxOneHour()
                ? values.stream().max(BigDecimal::compareTo)
                : Optional.empty();
        return new AveragedConcentration(Pollutant.O3, ConcentrationStatistic.DAILY_MAX_ONE_HOUR,
                end.minus(Duration.ofHours(24)), end, maximum, values.size(),
                options.minimumHoursForDailyMaxOneHour());
    }

    /**
     * The values of the edition's real-time report for the hour ending at {@code hourEnd}, keyed as
     * {@link AirQualityIndexCalculator} expects; invalid or missing values are left out. 2026: the six 1-hour
     * values, PM under its daily-breakpoint column. 2012: the 1-hour SO2, NO2, CO and O3 values, the O3 8-hour
     * moving average, the PM 24-hour moving averages (or 1-hour values, configurable) and the SO2 24-hour moving
     * average, which the calculator needs only when SO2 1-hour exceeds 800.
     */
    public Map<AqiIndicator, BigDecimal> realTimeIndicatorValues(
            AqiEdition edition, Instant hourEnd, Map<Pollutant, ? extends Map<Instant, BigDecimal>> hourly) {
        BeijingTime.requireWholeHour(hourEnd);
        Map<AqiIndicator, BigDecimal> values = new EnumMap<>(AqiIndicator.class);
        putHourly(values, AqiIndicator.SO2_1H, hourEnd, hourly);
        putHourly(values, AqiIndicator.NO2_1H, hourEnd, hourly);
        putHourly(values, AqiIndicator.CO_1H, hourEnd, hourly);
        putHourly(values, AqiIndicator.O3_1H, hourEnd, hourly);
        boolean pmFromMovingAverage = edition == AqiEdition.HJ633_2012 && options.pm2012RealTimeBasis()
                == DailyAggregationOptions.Pm2012RealTimeBasis.TWENTY_FOUR_HOUR_MOVING_AVERAGE;
        for (AqiIndicator pm : List.of(AqiIndicator.PM10_24H, AqiIndicator.PM25_24H)) {
            if (pmFromMovingAverage) {
                putValid(values, pm,
                        twentyFourHourMovingAverage(pm.pollutant(), hourEnd, series(hourly, pm.pollutant())));
            } else {
                putHourly(values, pm, hourEnd, hourly);
            }
        }
        if (edition == AqiEdition.HJ633_2012) {
            putValid(values, AqiIndicator.O3_8H,
                    ozoneEightHourMovingAverage(hourEnd, series(hourly, Pollutant.O3)));
            putValid(values, AqiIndicator.SO2_24H,
                    twentyFourHourMovingAverage(Pollutant.SO2, hourEnd, series(hourly, Pollutant.SO2)));
        }
        return Collections.unmodifiableMap(values);
    }

    private AveragedConcentration mean(Pollutant pollutant, ConcentrationStatistic statistic, Instant end,
                                       int hours, Map<Instant, BigDecimal> hourly, int minimumHours) {
        List<BigDecimal> values = valuesLabelledUpTo(end, hours, hourly);
        Optional<BigDecimal> mean = values.size() >= minimumHours
                ? Optional.of(ExactMean.of(values))
                : Optional.empty();
        return new AveragedConcentration(pollutant, statistic, end.minus(Duration.ofHours(hours)), end, mean,
                values.size(), minimumHours);
    }

    /** The values labelled end − (hours − 1) h … end, i.e. covering (end − hours h, end]. */
    private static List<BigDecimal> valuesLabelledUpTo(Instant end, int hours, Map<Instant, BigDecimal> hourly) {
        BeijingTime.requireWholeHour(end);
        // A value keyed off the hour would otherwise be silently skipped.
        hourly.keySet().forEach(BeijingTime::requireWholeHour);
        List<BigDecimal> values = new ArrayList<>(hours);
        Instant label = end;
        for (int i = 0; i < hours; i++) {
            BigDecimal value = hourly.get(label);
            if (value != null) {
                if (value.signum() < 0) {
                    throw new IllegalArgumentException("negative hourly value " + value + " at " + label);
                }
                values.add(value);
            }
            label = label.minus(ONE_HOUR);
        }
        return values;
    }

    private static Map<Instant, BigDecimal> series(Map<Pollutant, ? extends Map<Instant, BigDecimal>> hourly,
                                                   Pollutant pollutant) {
        Map<Instant, BigDecimal> series = hourly.get(pollutant);
        return series == null ? Map.of() : series;
    }

    private static void putHourly(Map<AqiIndicator, BigDecimal> values, AqiIndicator indicator, Instant hourEnd,
                                  Map<Pollutant, ? extends Map<Instant, BigDecimal>> hourly) {
        BigDecimal value = series(hourly, indicator.pollutant()).get(hourEnd);
        if (value != null) {
            if (value.signum() < 0) {
                throw new IllegalArgumentException("negative hourly value " + value + " at " + hourEnd);
            }
            values.put(indicator, value);
        }
    }

    private static void putValid(Map<AqiIndicator, BigDecimal> values, AqiIndicator indicator,
                                 AveragedConcentration statistic) {
        statistic.concentration().ifPresent(value -> values.put(indicator, value));
    }
}
