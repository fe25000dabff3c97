package io.ecocity.support.api;

import io.ecocity.support.problem.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of Beijing natural days, inclusive at both ends, as the API names it: {@code 2022}, {@code 2022-Q2},
 * {@code 2022-05}, {@code 2022-W18} (ISO week), {@code ytd} (1 January to today), or {@code from}/{@code to}.
 */
public record ReportingPeriod(String label, LocalDate from, LocalDate to) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    public ReportingPeriod {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "to (" + to + ") is before from (" + from + ")");
        }
    }

    /** Reads {@code period}, or else {@code from} and {@code to}; {@code today} is the Beijing date of the request. */
    public static ReportingPeriod parse(String period, String from, String to, LocalDate today) {
        if (period != null && !period.isBlank()) {
            if (from != null || to != null) {
                throw new InvalidInputException("period", "give either period or from/to, not both");
            }
            return ofLabel(period.trim(), today);
        }
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to",
                    "give period (2022, 2022-Q2, 2022-05, 2022-W18, ytd) or both from and to");
        }
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        return new ReportingPeriod(start + ".." + end, start, end);
    }

    public static ReportingPeriod ofLabel(String label, LocalDate today) {
        Matcher m;
        if (label.equalsIgnoreCase("ytd")) {
            return new ReportingPeriod("ytd", today.withDayOfYear(1), today);
        }
        if ((m = YEAR.matcher(label)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return new ReportingPeriod(label, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if ((m = QUARTER.matcher(label)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int quarter = Integer.parseInt(m.group(2));
            LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
            return new ReportingPeriod(label, start, start.plusMonths(3).minusDays(1));
        }
        if ((m = MONTH.matcher(label)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new InvalidInputException("period", "month " + month + " does not exist");
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            return new ReportingPeriod(label, ym.atDay(1), ym.atEndOfMonth());
        }
        if ((m = WEEK.matcher(label)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int week = Integer.parseInt(m.group(2));
            LocalDate anchor = LocalDate.of(year, 1, 4);
            if (week < 1 || week > anchor.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                throw new InvalidInputException("period", "week " + week + " does not exist in " + year);
            }
            LocalDate monday = anchor.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new ReportingPeriod(label, monday, monday.plusDays(6));
        }
        throw new InvalidInputException("period",
                "period '" + label + "' is not one of 2022, 2022-Q2, 2022-05, 2022-W18, ytd");
    }

    /**
     * The same period one year earlier, for year-on-year comparison. A year, quarter or month is compared with the
     * whole year, quarter or month before it, so February 2025 is compared with all 29 days of February 2024; any
     * other period with the same dates a year earlier (29 February falls back to the 28th).
     */
    public ReportingPeriod yearBefore() {
        String before = label + " (year before)";
        if (YEAR.matcher(label).matches() || QUARTER.matcher(label).matches() || MONTH.matcher(label).matches()) {
            ReportingPeriod whole = ofLabel(String.valueOf(from.getYear() - 1) + label.substring(4), from);
            return new ReportingPeriod(before, whole.from(), whole.to());
        }
        return new ReportingPeriod(before, from.minusYears(1), to.minusYears(1));
    }

    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
