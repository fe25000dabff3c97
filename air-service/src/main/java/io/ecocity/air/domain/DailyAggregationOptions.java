package io.ecocity.air.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Validity and window rules for daily and moving statistics. [P] rules come from GB 3095 Table 4
 * ({@code gb3095_validity.csv}); [U] rules are docs/standards/rules.md hypotheses kept configurable.
 *
 * @param minimumHoursForDailyMean           [P] ≥ 20 hourly values for a daily (24-hour) mean
 * @param minimumHoursInEightHourWindow      [P] ≥ 6 hourly values in each 8-hour window
 * @param firstEightHourWindowEndHour        [U] HJ 663-2013: the day's 8-hour windows end at 08:00 … 24:00, so
 *                                           they hold only the day's own hours; 1 would let 01:00 … 07:00
 *                                           windows reach into the previous day
 * @param minimumValidEightHourWindows       [U] HJ 663-2013: ≥ 14 valid 8-hour values for a daily maximum
 * @param ozoneLimitValidatingIncompleteDay  [U] HJ 663-2013: a daily maximum 8-hour value from fewer windows is
 *                                           still valid when it exceeds this limit (GB 3095 Grade II, 160 µg/m³,
 *                                           the same in 2012 and 2026); empty disables the exception
 * @param minimumHoursForDailyMaxOneHour     [U] no rule found for the O3 daily maximum 1-hour value (2012 daily
 *                                           report); default 20 by analogy with the daily mean
 * @param minimumHoursForTwentyFourHourMovingAverage [U] default 20, the daily-mean rule applied to the moving
 *                                           window of the 2012 real-time report
 * @param pm2012RealTimeBasis                [U] which PM value the 2012 real-time IAQI rates
 */
public record DailyAggregationOptions(int minimumHoursForDailyMean, int minimumHoursInEightHourWindow,
                                      int firstEightHourWindowEndHour, int minimumValidEightHourWindows,
                                      Optional<BigDecimal> ozoneLimitValidatingIncompleteDay,
                                      int minimumHoursForDailyMaxOneHour,
                                      int minimumHoursForTwentyFourHourMovingAverage,
                                      Pm2012RealTimeBasis pm2012RealTimeBasis) {

    /** The PM value rated by the 2012 real-time IAQI; 2012 Table 1 has only 24-hour PM breakpoints. */
    public enum Pm2012RealTimeBasis {
        /** docs/standards/rules.md §1.1 reading of 2012 §5.1.3: the IAQI comes from the 24-hour moving average. */
        TWENTY_FOUR_HOUR_MOVING_AVERAGE,
        /** The 1-hour value rated by the 24-hour breakpoints, as 2026 does. */
        ONE_HOUR_VALUE
    }

    public DailyAggregationOptions {
        requireBetween("minimumHoursForDailyMean", minimumHoursForDailyMean, 1, 24);
        requireBetween("minimumHoursInEightHourWindow", minimumHoursInEightHourWindow, 1, 8);
        requireBetween("firstEightHourWindowEndHour", firstEightHourWindowEndHour, 1, 24);
        requireBetween("minimumValidEightHourWindows", minimumValidEightHourWindows, 1,
                24 - firstEightHourWindowEndHour + 1);
        Objects.requireNonNull(ozoneLimitValidatingIncompleteDay, "ozoneLimitValidatingIncompleteDay");
        requireBetween("minimumHoursForDailyMaxOneHour", minimumHoursForDailyMaxOneHour, 1, 24);
        requireBetween("minimumHoursForTwentyFourHourMovingAverage", minimumHoursForTwentyFourHourMovingAverage,
                1, 24);
        Objects.requireNonNull(pm2012RealTimeBasis, "pm2012RealTimeBasis");
    }

    public static DailyAggregationOptions defaults() {
        return new DailyAggregationOptions(20, 6, 8, 14, Optional.of(new BigDecimal("160")), 20, 20,
                Pm2012RealTimeBasis.TWENTY_FOUR_HOUR_MOVING_AVERAGE);
    }

    private static void requireBetween(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
        }
    }
}
