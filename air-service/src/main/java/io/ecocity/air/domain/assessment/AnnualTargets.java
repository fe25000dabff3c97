package io.ecocity.air.domain.assessment;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A year's targets; an indicator without a target is left out of the progress report. */
public record AnnualTargets(Map<TargetIndicator, BigDecimal> values) {

    public AnnualTargets {
        EnumMap<TargetIndicator, BigDecimal> copy = new EnumMap<>(TargetIndicator.class);
        values.forEach((indicator, value) -> {
            if (value != null) {
                if (value.signum() < 0) {
                    throw new IllegalArgumentException(indicator + ": a target cannot be negative");
                }
                copy.put(indicator, value);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    /** Any argument may be null for "no target". */
    public static AnnualTargets of(BigDecimal pm25AnnualMean, BigDecimal goodDayRatioPercent, BigDecimal compositeIndex,
                                   BigDecimal o3Percentile, Integer heavilyPollutedDays) {
        Map<TargetIndicator, BigDecimal> values = new EnumMap<>(TargetIndicator.class);
        values.put(TargetIndicator.PM25_ANNUAL_MEAN, pm25AnnualMean);
        values.put(TargetIndicator.GOOD_DAY_RATIO, goodDayRatioPercent);
        values.put(TargetIndicator.COMPOSITE_INDEX, compositeIndex);
        values.put(TargetIndicator.O3_PERCENTILE, o3Percentile);
        values.put(TargetIndicator.HEAVILY_POLLUTED_DAYS,
                heavilyPollutedDays == null ? null : BigDecimal.valueOf(heavilyPollutedDays));
        return new AnnualTargets(values);
    }
}
