package io.ecocity.air.domain.assessment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** "以周保月、以月保季、以季保年": the periods the bureau checks its pace at. */
public enum CheckpointPeriod {
    ISO_WEEK,
    MONTH,
    QUARTER;

    /** The first day of the period holding {@code day}, not before January 1 of its year. */
    public LocalDate startOfPeriod(LocalDate day) {
        LocalDate start = switch (this) {
            case ISO_WEEK -> day.with(DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
        };
        // an ISO week can begin in December; the annual target only sees its own year's days
        LocalDate firstOfYear = day.withDayOfYear(1);
        return start.isBefore(firstOfYear) ? firstOfYear : start;
    }

    /** The API's period label: {@code 2023-W15}, {@code 2023-04}, {@code 2023-Q2}. */
    public String label(LocalDate day) {
        return switch (this) {
            case ISO_WEEK -> String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
        };
    }
}
