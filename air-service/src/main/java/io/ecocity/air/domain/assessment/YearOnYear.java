package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Year-on-year change (同比) as city reports state it. For concentrations and the composite index, where lower
 * is better: improvement % = (last − this) / last × 100, positive = better (3.35 → 3.29 is 1.8 % better). For
 * ratios such as the good-day ratio: the change in percentage points, this − last, positive = better.
 * No value when last year's value is missing, or zero for a percentage.
 */
public final class YearOnYear {

    /** The comparison of two assessments of the same period a year apart. */
    public record Comparison(Map<Pollutant, Optional<ExactFraction>> meanImprovementPercent,
                             Map<Pollutant, Optional<ExactFraction>> percentileImprovementPercent,
                             Optional<ExactFraction> compositeIndexImprovementPercent,
                             Optional<ExactFraction> goodDayRatioChangePoints,
                             int heavilyPollutedDaysChange) {

        public Comparison {
            meanImprovementPercent = Collections.unmodifiableMap(new EnumMap<>(meanImprovementPercent));
            percentileImprovementPercent = Collections.unmodifiableMap(new EnumMap<>(percentileImprovementPercent));
        }
    }

    private YearOnYear() {
    }

    public static Optional<ExactFraction> improvementPercent(ExactFraction last, ExactFraction current) {
        if (last == null || current == null || last.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(last.minus(current).dividedBy(last).times(ExactFraction.ONE_HUNDRED));
    }

    public static Optional<ExactFraction> improvementPercent(BigDecimal last, BigDecimal current) {
        return improvementPercent(last == null ? null : ExactFraction.of(last),
                current == null ? null : ExactFraction.of(current));
    }

    public static Optional<ExactFraction> changeInPercentagePoints(ExactFraction lastPercent, ExactFraction currentPercent) {
        if (lastPercent == null || currentPercent == null) {
            return Optional.empty();
        }
        return Optional.of(currentPercent.minus(lastPercent));
    }

    /**
     * Compares exact statistics. A city that compares its published (rounded) figures, as the seed's 3.35 → 3.29
     * does, rounds with {@link ReportingPrecision} first and calls {@link #improvementPercent} itself.
     */
    public static Comparison compare(PeriodAssessment last, PeriodAssessment current) {
        Map<Pollutant, Optional<ExactFraction>> means = new EnumMap<>(Pollutant.class);
        Map<Pollutant, Optional<ExactFraction>> percentiles = new EnumMap<>(Pollutant.class);
        for (Pollutant p : Pollutant.values()) {
            PollutantPeriodStatistics before = last.pollutant(p);
            PollutantPeriodStatistics now = current.pollutant(p);
            means.put(p, improvementPercent(before.mean().orElse(null), now.mean().orElse(null)));
            percentiles.put(p, improvementPercent(before.percentile().orElse(null), now.percentile().orElse(null)));
        }
        return new Comparison(means, percentiles,
                improvementPercent(last.compositeIndex().total().orElse(null), current.compositeIndex().total().orElse(null)),
                changeInPercentagePoints(last.aqiDays().goodDayRatioPercent().orElse(null),
                        current.aqiDays().goodDayRatioPercent().orElse(null)),
                current.aqiDays().heavilyPollutedDays() - last.aqiDays().heavilyPollutedDays());
    }
}
