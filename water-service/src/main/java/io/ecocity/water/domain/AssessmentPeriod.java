package io.ecocity.water.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/** An inclusive range of Beijing natural days with the kind of period it stands for. */
public record AssessmentPeriod(PeriodKind kind, LocalDate from, LocalDate to) {

    public AssessmentPeriod {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " .. " + to);
        }
    }

    public static AssessmentPeriod year(int year) {
        return new AssessmentPeriod(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static AssessmentPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4");
        }
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new AssessmentPeriod(PeriodKind.QUARTER, from, from.plusMonths(3).minusDays(1));
    }

    public static AssessmentPeriod month(YearMonth month) {
        return new AssessmentPeriod(PeriodKind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** The ISO week (Monday to Sunday) holding the day, as in {@code period=2022-W18}. */
    public static AssessmentPeriod isoWeekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new AssessmentPeriod(PeriodKind.WEEK, monday, monday.plusDays(6));
    }

    public static AssessmentPeriod containing(PeriodKind kind, LocalDate day) {
        return switch (kind) {
            case WEEK -> isoWeekOf(day);
            case MONTH -> month(YearMonth.from(day));
            case QUARTER -> quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> year(day.getYear());
        };
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The part of this period up to and including the day (year-to-date, month-to-date). */
    public AssessmentPeriod upTo(LocalDate day) {
        if (day.isBefore(from)) {
            throw new IllegalArgumentException(day + " is before the period starts");
        }
        return new AssessmentPeriod(kind, from, day.isBefore(to) ? day : to);
    }
}
