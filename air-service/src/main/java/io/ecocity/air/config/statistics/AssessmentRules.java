package io.ecocity.air.config.statistics;

import io.ecocity.air.domain.Pollutant;
import io.ecocity.air.domain.assessment.CompletenessRules;
import io.ecocity.air.domain.assessment.CompositeIndexOptions;
import io.ecocity.air.domain.assessment.PeriodAssessmentOptions;
import io.ecocity.air.domain.assessment.ReportingPrecision;
import io.ecocity.air.domain.assessment.TargetIndicator;
import io.ecocity.air.domain.assessment.TargetProgressOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The domain options built once from {@link AirStatisticsConfig}, so a wrong setting fails the start, not a request. */
@ApplicationScoped
public class AssessmentRules {

    private final PeriodAssessmentOptions periodOptions;
    private final TargetProgressOptions targetOptions;
    private final boolean yearOnYearFromReportedFigures;

    public AssessmentRules(AirStatisticsConfig config) {
        PeriodAssessmentOptions defaults = PeriodAssessmentOptions.defaults();
        this.periodOptions = new PeriodAssessmentOptions(defaults.percentileRanks(), compositeIndex(config.compositeIndex()),
                defaults.limits(), defaults.fixedLimitEdition(), completeness(config.completeness()),
                config.goodDayMaximumAqi(), config.heavyPollutionMinimumLevel(), defaults.precision());
        this.targetOptions = margins(config.targets());
        this.yearOnYearFromReportedFigures = config.yearOnYearFromReportedFigures();
    }

    public PeriodAssessmentOptions periodOptions() {
        return periodOptions;
    }

    public TargetProgressOptions targetOptions() {
        return targetOptions;
    }

    public ReportingPrecision precision() {
        return periodOptions.precision();
    }

    public boolean yearOnYearFromReportedFigures() {
        return yearOnYearFromReportedFigures;
    }

    private static CompositeIndexOptions compositeIndex(AirStatisticsConfig.CompositeIndex config) {
        CompositeIndexOptions options = switch (config.preset()) {
            case "UNWEIGHTED_GB3095_GRADE2" -> CompositeIndexOptions.unweightedGb3095Grade2();
            case "CLAIMED_HJ663_2026" -> CompositeIndexOptions.claimedHj663_2026Weights();
            default -> throw new IllegalArgumentException("ecocity.air.statistics.composite-index.preset '"
                    + config.preset() + "' is not UNWEIGHTED_GB3095_GRADE2 or CLAIMED_HJ663_2026");
        };
        for (Pollutant pollutant : Pollutant.values()) {
            Optional<BigDecimal> denominator = valueFor(config.denominator(), pollutant);
            if (denominator.isPresent()) {
                options = options.withDenominator(pollutant, denominator.get());
            }
            Optional<BigDecimal> weight = valueFor(config.weight(), pollutant);
            if (weight.isPresent()) {
                options = options.withWeight(pollutant, weight.get());
            }
        }
        return options.withFromReportedConcentrations(config.fromReportedConcentrations());
    }

    private static Optional<BigDecimal> valueFor(AirStatisticsConfig.PerPollutant values, Pollutant pollutant) {
        Function<AirStatisticsConfig.PerPollutant, Optional<BigDecimal>> getter = switch (pollutant) {
            case SO2 -> AirStatisticsConfig.PerPollutant::so2;
            case NO2 -> AirStatisticsConfig.PerPollutant::no2;
            case PM10 -> AirStatisticsConfig.PerPollutant::pm10;
            case PM25 -> AirStatisticsConfig.PerPollutant::pm25;
            case CO -> AirStatisticsConfig.PerPollutant::co;
            case O3 -> AirStatisticsConfig.PerPollutant::o3;
        };
        return getter.apply(values);
    }

    private static CompletenessRules completeness(AirStatisticsConfig.Completeness config) {
        CompletenessRules gb3095 = CompletenessRules.gb3095();
        Set<Pollutant> appliesTo = config.appliesTo()
                .map(names -> {
                    Set<Pollutant> set = EnumSet.noneOf(Pollutant.class);
                    names.forEach(name -> set.add(Pollutant.fromApiName(name.trim())));
                    return set;
                })
                .orElse(gb3095.appliesTo());
        return new CompletenessRules(config.minimumDaysPerYear().orElse(gb3095.minimumDaysPerYear()),
                config.minimumDaysPerMonth().orElse(gb3095.minimumDaysPerMonth()),
                config.minimumDaysInFebruary().orElse(gb3095.minimumDaysInFebruary()), appliesTo);
    }

    private static TargetProgressOptions margins(AirStatisticsConfig.Targets config) {
        TargetProgressOptions options = TargetProgressOptions.defaults();
        options = override(options, TargetIndicator.PM25_ANNUAL_MEAN, config.pm25MeanMargin());
        options = override(options, TargetIndicator.GOOD_DAY_RATIO, config.goodDayRatioMargin());
        options = override(options, TargetIndicator.COMPOSITE_INDEX, config.compositeIndexMargin());
        options = override(options, TargetIndicator.O3_PERCENTILE, config.o3P90Margin());
        return override(options, TargetIndicator.HEAVILY_POLLUTED_DAYS, config.heavyPollutionDaysMargin());
    }

    private static TargetProgressOptions override(TargetProgressOptions options, TargetIndicator indicator,
                                                  Optional<BigDecimal> margin) {
        return margin.map(m -> options.withMargin(indicator, m)).orElse(options);
    }
}
