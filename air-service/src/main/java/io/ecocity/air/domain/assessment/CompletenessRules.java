package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GB 3095 minimum number of valid daily values (Table 4, docs/standards/rules.md §2.2): per year, per month and in
 * February. GB 3095 states them for the annual means of SO2, NO2, PM10 and PM2.5; applying them also to
 * the CO and O3 percentiles is a project decision [U], hence {@code appliesTo}.
 */
public record CompletenessRules(int minimumDaysPerYear, int minimumDaysPerMonth, int minimumDaysInFebruary,
                                Set<Pollutant> appliesTo) {

    private static final Pattern ANNUAL_RULE = Pattern.compile(
            ">=(\\d+) daily means per year; >=(\\d+) daily means per month \\(February >=(\\d+)\\)");

    public CompletenessRules {
        if (minimumDaysPerYear < 0 || minimumDaysPerMonth < 0 || minimumDaysInFebruary < 0) {
            throw new IllegalArgumentException("minimum day counts cannot be negative");
        }
        appliesTo = appliesTo.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(appliesTo));
    }

    /** 324 a year, 27 a month, 25 in February, read from {@code gb3095_validity.csv}; applied to all six pollutants. */
    public static CompletenessRules gb3095() {
        for (Map<String, String> row : StandardTable.load("gb3095_validity.csv").rows()) {
            if ("annual".equals(row.get("averaging")) && row.get("pollutants").contains("PM2.5")) {
                Matcher m = ANNUAL_RULE.matcher(row.get("minimum_requirement"));
                if (!m.find()) {
                    throw new IllegalStateException("unreadable annual validity rule: " + row.get("minimum_requirement"));
                }
                return new CompletenessRules(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), EnumSet.allOf(Pollutant.class));
            }
        }
        throw new IllegalStateException("gb3095_validity.csv has no annual rule for PM2.5");
    }

    public int minimumDaysIn(YearMonth month) {
        return month.getMonth() == Month.FEBRUARY ? minimumDaysInFebruary : minimumDaysPerMonth;
    }

    /** Judges the valid days of one pollutant over the inclusive period [from, to]. */
    public DataCompleteness judge(Pollutant pollutant, LocalDate from, LocalDate to, Set<LocalDate> validDays) {
        int calendarDays = Math.toIntExact(to.toEpochDay() - from.toEpochDay() + 1);
        boolean judged = appliesTo.contains(pollutant);
        List<MonthCompleteness> months = new ArrayList<>();
        boolean anyJudged = false;
        boolean anyShort = false;
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate first = max(month.atDay(1), from);
            LocalDate last = min(month.atEndOfMonth(), to);
            int daysInPeriod = Math.toIntExact(last.toEpochDay() - first.toEpochDay() + 1);
            int valid = (int) validDays.stream().filter(d -> !d.isBefore(first) && !d.isAfter(last)).count();
            boolean wholeMonth = daysInPeriod == month.lengthOfMonth();
            Integer required = judged && wholeMonth ? minimumDaysIn(month) : null;
            CompletenessStatus status;
            if (required == null) {
                status = CompletenessStatus.NO_MINIMUM_FOR_PERIOD;
            } else {
                anyJudged = true;
                status = valid >= required ? CompletenessStatus.MEETS_MINIMUM : CompletenessStatus.BELOW_MINIMUM;
                anyShort |= valid < required;
            }
            months.add(new MonthCompleteness(month, valid, daysInPeriod, required, status));
        }
        boolean wholeYear = from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
        Integer requiredForYear = judged && wholeYear ? minimumDaysPerYear : null;
        if (requiredForYear != null) {
            anyJudged = true;
            anyShort |= validDays.size() < requiredForYear;
        }
        CompletenessStatus overall = !anyJudged ? CompletenessStatus.NO_MINIMUM_FOR_PERIOD
                : anyShort ? CompletenessStatus.BELOW_MINIMUM : CompletenessStatus.MEETS_MINIMUM;
        return new DataCompleteness(validDays.size(), calendarDays, months, requiredForYear, overall);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
