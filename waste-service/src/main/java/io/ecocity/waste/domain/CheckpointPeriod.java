package io.ecocity.waste.domain;

/** 以周保月、以月保季、以季保年: the week secures the month, the month the quarter, the quarter the year. */
public enum CheckpointPeriod {
    /** ISO week (Monday first), clipped to the target year. */
    WEEK,
    MONTH,
    QUARTER,
    YEAR
}
