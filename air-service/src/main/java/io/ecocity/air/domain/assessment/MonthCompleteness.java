package io.ecocity.air.domain.assessment;

import java.time.YearMonth;

/**
 * Valid days of one pollutant in one calendar month of the period. {@code requiredDays} is null for a month
 * the period covers only in part: GB 3095 sets no minimum for part of a month.
 */
public record MonthCompleteness(YearMonth month, int validDays, int daysInPeriod, Integer requiredDays,
                                CompletenessStatus status) {
}
