package io.ecocity.air.domain.assessment;

/** How a year-end value was projected from the year to date. */
public enum ProjectionMethod {
    /** The year is over: the projection is the final value. */
    YEAR_COMPLETE,
    /**
     * Seasonal adjustment from last year's same calendar days (Jan 1 to the same date; Feb 29 maps to Feb 28).
     * PM2.5 mean, composite index and O3 percentile: YTD × last full year ÷ last same period, since winter-heavy
     * PM2.5 and summer-heavy O3 make a plain YTD value biased. Good-day ratio: YTD + (last full year − last
     * same period) in points. Heavily polluted days: YTD + last year's days after the same date.
     */
    SEASONAL_ADJUSTMENT_FROM_LAST_YEAR,
    /** No usable last-year data: the YTD value is carried to year end unchanged. */
    YEAR_TO_DATE_AS_IS,
    /** No usable last-year data for a count (heavily polluted days): YTD × days of year ÷ days elapsed. */
    PRO_RATA
}
