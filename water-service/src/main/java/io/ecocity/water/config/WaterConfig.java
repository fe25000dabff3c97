package io.ecocity.water.config;

import io.ecocity.water.domain.WaterClass;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The settings of water-service. Most are the rules docs/standards/rules.md §4 marks unverified [U] or leaves to the bureau; the
 * defaults are the documented readings (those of the domain's option records), so a change of reading needs no
 * release.
 */
@ConfigMapping(prefix = "ecocity.water")
public interface WaterConfig {

    Samples samples();

    Classification classification();

    Periods periods();

    City city();

    Targets targets();

    Alerts alerts();

    Treatment treatment();

    Recompute recompute();

    interface Samples {
        /** Most samples one POST /api/water/samples may carry. */
        @WithDefault("5000")
        int maxBatchSize();

        /** How far past now a sampling time may lie (a station clock running ahead); beyond it the sample is refused. */
        @WithDefault("PT1H")
        Duration maxAheadOfNow();
    }

    interface Classification {
        /** Class of a pH outside 6–9: Table 1 does not say; both public implementations report 劣V [U]. */
        @WithDefault("WORSE_THAN_V")
        WaterClass phOutsideRangeClass();

        /** Decimals of a displayed exceedance multiple; the one reprint seen suggests 1 [U]. */
        @WithDefault("2")
        int multipleDisplayScale();

        @WithDefault("HALF_UP")
        RoundingMode multipleRounding();

        /** How many main pollutants a section lists [S]. */
        @WithDefault("3")
        int mainPollutantCount();

        /** Items listed first among main pollutants when worse than III ("氰化物或铅、铬等重金属") [S/U]. */
        @WithDefault("CN,Hg,Cd,Cr6,Pb,As")
        Set<String> itemsListedFirstWhenExceeding();

        /** Whether TN counts in a lake's class; the 2011 method treats it as a reference item [S]. */
        @WithDefault("false")
        boolean totalNitrogenInLakeClass();
    }

    /** Minimum samples for a period mean to be a valid assessment (docs/standards/rules.md §4.2 time aggregation, [U]). */
    interface Periods {
        @WithDefault("1")
        int minimumSamplesWeek();

        @WithDefault("1")
        int minimumSamplesMonth();

        @WithDefault("2")
        int minimumSamplesQuarter();

        @WithDefault("1")
        int minimumSamplesYear();
    }

    interface City {
        /** Decimals of a displayed share: bulletins print "66.7%". */
        @WithDefault("1")
        int shareDisplayScale();

        @WithDefault("HALF_UP")
        RoundingMode shareRounding();

        /** Override of the grading table's "fewer than 5 sections" threshold; "大于5个" would mean 6 [S]. */
        OptionalInt minimumSectionsForProportionMethod();

        /** Override of the 重度污染 row's I–III bound (table: 75 %; the 2011 original may read 60 %) [U]. */
        Optional<BigDecimal> heavilyPollutedGoodShareBelow();
    }

    interface Targets {
        /** Samples a section gets in a year, for the remaining allowance: monthly sampling of national sections [U]. */
        @WithDefault("12")
        int plannedSamplesPerYear();

        /** Highest DO mean counted as attainable (saturation at 0 °C): a project policy. */
        @WithDefault("14.6")
        BigDecimal attainableDissolvedOxygenMax();

        /** Decimals of a displayed required mean, rounded in the safe direction. */
        @WithDefault("3")
        int requiredMeanDisplayScale();
    }

    interface Alerts {
        /** Day of the month by which each assessed section needs a sample; a bureau policy, not the standard's. */
        @WithDefault("20")
        int monthlySampleDeadlineDay();

        /** When the missing-sample check runs, Beijing time (Quartz cron). */
        @WithDefault("0 30 0 * * ?")
        String missingSampleCheckCron();
    }

    interface Treatment {
        @WithDefault("1")
        int percentScale();

        @WithDefault("HALF_UP")
        RoundingMode percentRounding();
    }

    interface Recompute {
        /**
         * How often the derived values (section, city, target progress) of the section-years changed since are
         * recomputed: a whole batch or Kafka poll is then recomputed once, not once per sample.
         */
        @WithDefault("1s")
        String every();

        /** When the current year's figures and progress are announced again for the new day, Beijing time. */
        @WithDefault("0 40 0 * * ?")
        String dailyRefreshCron();
    }
}
