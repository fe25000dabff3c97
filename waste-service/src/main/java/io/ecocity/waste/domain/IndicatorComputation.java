package io.ecocity.waste.domain;

import java.time.YearMonth;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An indicator computed over a set of monthly figures, with what it rests on: how many town-month reports,
 * which months and which towns. An empty basis means the value is absent for want of data.
 */
public record IndicatorComputation(IndicatorResult result, int reportsUsed, SortedSet<YearMonth> months, SortedSet<String> towns) {

    public IndicatorComputation {
        months = Collections.unmodifiableSortedSet(new TreeSet<>(months));
        towns = Collections.unmodifiableSortedSet(new TreeSet<>(towns));
    }

    public IndicatorValue value() {
        return result.value();
    }
}
