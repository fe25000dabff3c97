package io.ecocity.air.service.statistics;

import io.ecocity.support.api.ReportingPeriod;
import io.ecocity.support.problem.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The same period of the year before, as a year-on-year comparison needs it. A whole calendar month, quarter or
 * year compares with the whole one a year earlier, so February 2025 compares with all 29 days of February 2024
 * (shifting the dates would drop the 29th); an ISO week with the same week number; any other range with the same
 * dates, 29 February falling back to the 28th.
 */
public final class SamePeriodLastYear {

    private SamePeriodLastYear() {
    }

    public static ReportingPeriod of(ReportingPeriod period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        if (isWholeMonths(from, to)) {
            LocalDate start = from.minusYears(1);
            LocalDate end = YearMonth.from(to.minusYears(1)).atEndOfMonth();
            return new ReportingPeriod(period.label() + " (year before)", start, end);
        }
        if (period.label().matches("\\d{4}-W\\d{2}")) {
            int year = Integer.parseInt(period.label().substring(0, 4));
            try {
                return rename(ReportingPeriod.ofLabel((year - 1) + period.label().substring(4), from), period);
            } catch (InvalidInputException noSuchWeekLastYear) {
                // week 53 of a year whose predecessor had 52: the 52 weeks before are the nearest match
                return new ReportingPeriod(period.label() + " (year before)", from.minusWeeks(52), to.minusWeeks(52));
            }
        }
        return new ReportingPeriod(period.label() + " (year before)", from.minusYears(1), to.minusYears(1));
    }

    private static boolean isWholeMonths(LocalDate from, LocalDate to) {
        return from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth();
    }

    private static ReportingPeriod rename(ReportingPeriod lastYear, ReportingPeriod period) {
        return new ReportingPeriod(period.label() + " (year before)", lastYear.from(), lastYear.to());
    }
}
