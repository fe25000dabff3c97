package io.ecocity.air.config.statistics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The HJ 663 statistics and target settings. Every rule the 2026 assessment texts leave unverified ([U] in
 * docs/standards/rules.md) is here rather than in code: composite index denominators and weights, the completeness minimums and
 * the pollutants they apply to, the AT_RISK margins. Absent values fall back to the domain defaults (GB 3095-2012
 * Grade II, unweighted; 324/27/25 days; the project's margins).
 */
@ConfigMapping(prefix = "ecocity.air.statistics")
public interface AirStatisticsConfig {

    CompositeIndex compositeIndex();

    Completeness completeness();

    Targets targets();

    /** A day is good (优良) when its AQI is at most this (docs/standards/rules.md §3.5). */
    @WithDefault("100")
    int goodDayMaximumAqi();

    /** A day is heavily polluted (重污染) from this AQI level on (5: 重度 and 严重). */
    @WithDefault("5")
    int heavyPollutionMinimumLevel();

    /**
     * Year on year from the published (rounded) figures, as city reports state it (3.35 → 3.29 is 1.8 %,
     * PM2.5 22 → 20 is 9.1 %); false compares the exact statistics.
     */
    @WithDefault("true")
    boolean yearOnYearFromReportedFigures();

    /** How long a burst of daily-value changes is collected before one recomputation. */
    @WithDefault("PT2S")
    Duration debounce();

    /**
     * How often the daily-value table is scanned for changes no event announced (a crash between a commit and the
     * recomputation); the first scan runs at start.
     */
    @WithDefault("PT10M")
    Duration reconcileInterval();

    interface CompositeIndex {
        /** UNWEIGHTED_GB3095_GRADE2 (default) or CLAIMED_HJ663_2026 (unverified weights PM2.5 ×3, NO2 ×2, O3 ×2). */
        @WithDefault("UNWEIGHTED_GB3095_GRADE2")
        String preset();

        /** Per pollutant (so2, no2, pm10, pm25, co, o3): the denominator S, replacing the preset's. */
        PerPollutant denominator();

        /** Per pollutant: the weight, replacing the preset's. */
        PerPollutant weight();

        /** Round each C to its reporting precision before dividing, as a report recomputed from published figures. */
        @WithDefault("false")
        boolean fromReportedConcentrations();
    }

    interface PerPollutant {
        Optional<BigDecimal> so2();

        Optional<BigDecimal> no2();

        Optional<BigDecimal> pm10();

        Optional<BigDecimal> pm25();

        Optional<BigDecimal> co();

        Optional<BigDecimal> o3();
    }

    interface Completeness {
        Optional<Integer> minimumDaysPerYear();

        Optional<Integer> minimumDaysPerMonth();

        Optional<Integer> minimumDaysInFebruary();

        /** The pollutants the minimums apply to (API names); GB 3095 names SO2, NO2, PM10, PM2.5; default all six. */
        Optional<List<String>> appliesTo();
    }

    interface Targets {
        /** AT_RISK margins in each indicator's unit; defaults 1 µg/m³, 2 points, 0.10, 5 µg/m³, 1 day. */
        Optional<BigDecimal> pm25MeanMargin();

        Optional<BigDecimal> goodDayRatioMargin();

        Optional<BigDecimal> compositeIndexMargin();

        Optional<BigDecimal> o3P90Margin();

        Optional<BigDecimal> heavyPollutionDaysMargin();
    }
}
