package io.ecocity.waste.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Which reporting months a range of days holds. Figures are reported per month, so a range counts a month only
 * when it holds all of it: a part of a month's tonnes cannot be told apart from the rest.
 */
public final class ReportingMonths {

    private ReportingMonths() {
    }

    /** The months lying wholly inside {@code from}..{@code to} (inclusive), in order; empty when there is none. */
    public static List<YearMonth> wholeMonthsWithin(LocalDate from, LocalDate to) {
        YearMonth first = YearMonth.from(from);
        if (from.getDayOfMonth() != 1) {
            first = first.plusMonths(1);
        }
        YearMonth last = YearMonth.from(to);
        if (!to.equals(last.atEndOfMonth())) {
            last = last.minusMonths(1);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}
