package io.ecocity.air.domain.assessment;

/** Whether a period has the valid days GB 3095 asks for. */
public enum CompletenessStatus {
    MEETS_MINIMUM,
    BELOW_MINIMUM,
    /** The period holds no whole calendar month (a week, a month to date), so no GB 3095 minimum applies. */
    NO_MINIMUM_FOR_PERIOD
}
