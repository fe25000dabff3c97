package io.ecocity.water.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * Minimum samples for a period's mean to count as a valid assessment. docs/standards/rules.md §4.2 time aggregation
 * is [U]: week, 旬 and month take one sample or the mean of several; a quarter the mean of at least 2.
 * Defaults: WEEK 1, MONTH 1, QUARTER 2, YEAR 1.
 */
public record PeriodAggregationOptions(Map<PeriodKind, Integer> minimumSamples) {

    public PeriodAggregationOptions {
        EnumMap<PeriodKind, Integer> copy = new EnumMap<>(PeriodKind.class);
        copy.putAll(minimumSamples);
        for (PeriodKind kind : PeriodKind.values()) {
            Integer minimum = copy.get(kind);
            if (minimum == null || minimum < 1) {
                throw new IllegalArgumentException("minimum samples for " + kind + " must be at least 1");
            }
        }
        minimumSamples = Map.copyOf(copy);
    }

    public static PeriodAggregationOptions defaults() {
        return new PeriodAggregationOptions(Map.of(PeriodKind.WEEK, 1, PeriodKind.MONTH, 1,
                PeriodKind.QUARTER, 2, PeriodKind.YEAR, 1));
    }

    public int minimumSamples(PeriodKind kind) {
        return minimumSamples.get(kind);
    }
}
