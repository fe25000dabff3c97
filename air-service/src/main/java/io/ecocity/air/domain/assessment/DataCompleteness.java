package io.ecocity.air.domain.assessment;

import java.util.List;

/**
 * Valid days of one pollutant over a period against the GB 3095 minimums. {@code requiredDaysForYear} is
 * set only when the period is a whole calendar year. The status is BELOW_MINIMUM when any whole month or the
 * whole year falls short; statistics are still computed, and the caller must show the flag.
 */
public record DataCompleteness(int validDays, int calendarDays, List<MonthCompleteness> months,
                               Integer requiredDaysForYear, CompletenessStatus status) {

    public DataCompleteness {
        months = List.copyOf(months);
    }

    public boolean isBelowMinimum() {
        return status == CompletenessStatus.BELOW_MINIMUM;
    }
}
