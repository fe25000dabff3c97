package io.ecocity.air.domain.assessment;

/** The annual air-quality targets a city is held to, with what the remaining allowance means for each. */
public enum TargetIndicator {
    /**
     * PM2.5 annual mean, µg/m³. Allowance: the highest mean PM2.5 the remaining days may have and the year still
     * meet the target, (T·(V + R) − S) / R, with S the sum and V the count of valid days so far and R the days
     * left. Days already missing are out of the mean, so they are out of V as well; each remaining day is
     * assumed valid. With no missing day V + R is the number of days of the year.
     */
    PM25_ANNUAL_MEAN(true),
    /**
     * Good-day ratio (优良天数比例), percent. Allowance: how many more non-good days (AQI above the good limit)
     * the year can afford, (V + R) − ⌈T·(V + R)/100⌉ − non-good days so far, each remaining day assumed to have
     * a valid AQI.
     */
    GOOD_DAY_RATIO(false),
    /**
     * Composite index. No allowance: it mixes means and percentiles of six pollutants, so no single number of
     * days or level for the rest of the year decides it. The best achievable year-end value is reported instead.
     */
    COMPOSITE_INDEX(true),
    /**
     * O3 daily max 8h percentile (the 90th by default), µg/m³. Allowance: how many more days with O3 above the
     * target the year can surely afford: with n = V + R days in the year's series, the percentile cannot exceed
     * T while no more than n − ⌈k⌉ days exceed T (k the HJ 663 rank); minus the days above T so far.
     * Conservative: when k is fractional one more such day may still fit, depending on the values.
     */
    O3_PERCENTILE(true),
    /** Heavily polluted days (重污染天数, AQI level 5 or 6). Allowance: target minus days so far. */
    HEAVILY_POLLUTED_DAYS(true);

    private final boolean lowerIsBetter;

    TargetIndicator(boolean lowerIsBetter) {
        this.lowerIsBetter = lowerIsBetter;
    }

    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** Whether {@code value} meets {@code target}: at most for lower-is-better indicators, at least otherwise. */
    public boolean meets(ExactFraction value, ExactFraction target) {
        int cmp = value.compareTo(target);
        return lowerIsBetter ? cmp <= 0 : cmp >= 0;
    }

    /** How far {@code value} beats the target; negative when it misses. */
    public ExactFraction spare(ExactFraction value, ExactFraction target) {
        return lowerIsBetter ? target.minus(value) : value.minus(target);
    }
}
