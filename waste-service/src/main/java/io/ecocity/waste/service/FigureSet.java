package io.ecocity.waste.service;

import io.ecocity.waste.domain.MonthlyFigures;
import io.ecocity.waste.domain.ReportingMonths;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Monthly figures loaded in one query for a span of months, then picked by scope and period in memory. */
record FigureSet(List<MonthlyFigures> figures) {

    FigureSet {
        figures = List.copyOf(figures);
    }

    static FigureSet empty() {
        return new FigureSet(List.of());
    }

    /** The figures of the scope in the months lying wholly inside {@code from..to}. */
    List<MonthlyFigures> within(WasteScope scope, LocalDate from, LocalDate to) {
        return inMonths(scope, ReportingMonths.wholeMonthsWithin(from, to));
    }

    List<MonthlyFigures> inMonths(WasteScope scope, Collection<YearMonth> months) {
        Set<YearMonth> wanted = new HashSet<>(months);
        return figures.stream().filter(f -> scope.covers(f) && wanted.contains(f.month())).toList();
    }
}
