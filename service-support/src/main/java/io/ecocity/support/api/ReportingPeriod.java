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
 * What a caller asks for lies in the years {@value #MIN_YEAR}–{@value #MAX_YEAR} and spans at most
 * {@code ecocity.periods.max-span-years} years (ten by default): a period is cut into months and days, and
 * {@code from=0001-01-01&to=9999-12-31} would be 120,000 months.
 */
public record ReportingPeriod(String label, LocalDate from, LocalDate to) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;
    public static final int DEFAULT_MAX_SPAN_YEARS = 10;
    public static final String MAX_SPAN_KEY = "ecocity.periods.max-span-years";

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
        ReportingPeriod asked = new ReportingPeriod(start + ".." + end, start, end);
        int maxYears = maxSpanYears();
        if (end.isAfter(start.plusYears(maxYears).minusDays(1))) {
            throw new InvalidInputException("to", "a period spans at most " + maxYears + " years; "
                    + start + ".." + end + " is longer");
        }
        return asked;
    }

    /** {@value #MAX_SPAN_KEY} of the running service's configuration, else ten years (plain unit tests). */
    public static int maxSpanYears() {
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue(MAX_SPAN_KEY, Integer.class).filter(years -> years > 0)
                    .orElse(DEFAULT_MAX_SPAN_YEARS);
        } catch (RuntimeException | LinkageError e) {
            return DEFAULT_MAX_SPAN_YEARS;
        }
    }

    public static ReportingPeriod ofLabel(String label, LocalDate today) {
        if (label.length() > 16) {
            throw new InvalidInputException("period", "period is at most 16 characters, e.g. 2022, 2022-Q2, 2022-05, "
                    + "2022-W18, ytd");
        }
        Matcher m = YEAR.matcher(label.length() >= 4 ? label.substring(0, 4) : label);
        if (m.matches()) {
            year("period", Integer.parseInt(m.group(1)));
        }
        return labelled(label, today);
    }

    private static ReportingPeriod labelled(String label, LocalDate today) {
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
            ReportingPeriod whole = labelled(String.valueOf(from.getYear() - 1) + label.substring(4), from);
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
        LocalDate date;
        try {
            date = text.length() > 10 ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            throw new InvalidInputException(field, field + " '" + (text.length() > 32 ? text.substring(0, 32) + "…" : text)
                    + "' is not a date (YYYY-MM-DD)");
        }
        year(field, date.getYear());
        return date;
    }

    /** A year a caller names (a query parameter, a target's year): within {@value #MIN_YEAR}–{@value #MAX_YEAR}. */
    public static int requireYear(String field, int year) {
        year(field, year);
        return year;
    }

    private static void year(String field, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidInputException(field, field + " lies outside the years " + MIN_YEAR + "–" + MAX_YEAR);
        }
    }
}
