package io.ecocity.waste.domain;

/** See {@link WasteTargetProgress} for the rule that assigns each status. */
public enum TargetStatus {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    /** No value yet (missing data or zero denominator); never guessed as on or off track. */
    NO_DATA
}
