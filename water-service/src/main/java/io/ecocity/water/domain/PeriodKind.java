package io.ecocity.water.domain;

/** "以周保月、以月保季、以季保年": the periods a water result is followed at. */
public enum PeriodKind {
    WEEK,
    MONTH,
    QUARTER,
    YEAR
}
