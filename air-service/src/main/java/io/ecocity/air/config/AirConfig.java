package io.ecocity.air.config;

import io.ecocity.air.domain.AboveTopBreakpointPolicy;
import io.ecocity.air.domain.DailyAggregationOptions;
import io.ecocity.air.repository.StationKind;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The settings of air-service. The AQI and daily-validity settings are the rules docs/standards/rules.md marks unverified [U] or
 * leaves to the project; the defaults are the documented readings, so a change of reading needs no release.
 */
@ConfigMapping(prefix = "ecocity.air")
public interface AirConfig {

    Observations observations();

    Aqi aqi();

    Daily daily();

    Assessment assessment();

    Alerts alerts();

    interface Observations {
        /** Most items one POST /api/air/observations may carry. */
        @WithDefault("10000")
        int maxBatchSize();

        /** How far past now an hour's end may lie (a logger clock running ahead); beyond it the item is refused. */
        @WithDefault("PT1H")
        Duration maxAheadOfNow();

        Ceilings ceilings();
    }

    /**
     * Plausibility ceilings: a value above them is an instrument or transmission fault, not air. They sit well above
     * real extremes (dust storms drive PM10 past 2,000 µg/m³), so no true episode is ever refused.
     */
    interface Ceilings {
        @WithDefault("10000")
        BigDecimal so2();

        @WithDefault("5000")
        BigDecimal no2();

        @WithDefault("10000")
        BigDecimal pm10();

        @WithDefault("5000")
        BigDecimal pm25();

        /** mg/m³. */
        @WithDefault("100")
        BigDecimal co();

        @WithDefault("2000")
        BigDecimal o3();
    }

    interface Aqi {
        /** [S/U] Round HJ 633-2012 concentrations like 2026 before the IAQI; 2012 does not ask for it. */
        @WithDefault("false")
        boolean roundConcentrationsIn2012();

        /** [U] GB/T 8170 rounding of concentrations (四舍六入五成双 = HALF_EVEN). */
        @WithDefault("HALF_EVEN")
        RoundingMode concentrationRounding();

        /** [standard silent] Above the IAQI 500 breakpoint: cap at 500 (flagged) or give no IAQI. */
        @WithDefault("CAP_AT_500")
        AboveTopBreakpointPolicy aboveTopBreakpoint();
    }

    interface Daily {
        /** [P] GB 3095 Table 4. */
        @WithDefault("20")
        int minimumHoursForDailyMean();

        /** [P] GB 3095 Table 4. */
        @WithDefault("6")
        int minimumHoursInEightHourWindow();

        /** [U] HJ 663: the day's 8-hour windows end at 08:00 … 24:00. */
        @WithDefault("8")
        int firstEightHourWindowEndHour();

        /** [U] HJ 663: valid 8-hour values needed for a daily maximum. */
        @WithDefault("14")
        int minimumValidEightHourWindows();

        /** [U] A daily maximum 8-hour value above this is valid from fewer windows; unset disables it. */
        @WithDefault("160")
        Optional<BigDecimal> ozoneLimitValidatingIncompleteDay();

        /** [U] no rule found; by analogy with the daily mean. */
        @WithDefault("20")
        int minimumHoursForDailyMaxOneHour();

        /** [U] the daily-mean rule applied to the 2012 real-time 24-hour moving window. */
        @WithDefault("20")
        int minimumHoursForTwentyFourHourMovingAverage();

        /** [U] which PM value the 2012 real-time IAQI rates. */
        @WithDefault("TWENTY_FOUR_HOUR_MOVING_AVERAGE")
        DailyAggregationOptions.Pm2012RealTimeBasis pm2012RealTimeBasis();
    }

    interface Assessment {
        /** How often the derived values of changed hours and days are recomputed (debounce of an ingest burst). */
        @WithDefault("0.15s")
        String every();

        /** Station-days of pending work one recomputation takes on; the rest waits for the next run. */
        @WithDefault("2000")
        int maxStationDaysPerRun();

        /**
         * The station kinds whose values make a town's (镇街) value. The city uses the stations marked
         * {@code assessed}; towns have no such list, so by default their national and provincial stations count and
         * micro sensors, which are not of reference grade, do not.
         */
        @WithDefault("NATIONAL,PROVINCIAL")
        List<StationKind> townStationKinds();

        /**
         * Station-days of observations the assessment keeps in memory between runs (about 10 KB each), so a run
         * reads only the hours that changed; a day not held is read from the database when it is needed.
         */
        @WithDefault("1000")
        int workingSetStationDays();

        /**
         * Scope-days (a station's, a town's or the city's day) whose stored report revisions and digests the
         * assessment keeps, so it compares what it computes with what it published without reading it back.
         */
        @WithDefault("1000")
        int workingSetScopeDays();
    }

    interface Alerts {
        /** City AQI above this (hourly or daily) raises an alert; the next value at or below it clears it. */
        @WithDefault("100")
        int cityAqiAbove();

        /** An assessed station without an hourly value for this long is reported silent. */
        @WithDefault("PT3H")
        Duration stationSilentAfter();

        /** How often the silent-station check runs. */
        @WithDefault("5m")
        String silentCheckEvery();
    }
}
