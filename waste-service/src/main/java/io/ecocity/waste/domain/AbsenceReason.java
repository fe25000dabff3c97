package io.ecocity.waste.domain;

/** Why an indicator has no value; an absent value is never shown as 0 % or 100 %. */
public enum AbsenceReason {
    /** A quantity the formula needs was not reported. */
    NO_DATA,
    /** A divisor of the formula is zero, so the rate is undefined. */
    ZERO_DENOMINATOR
}
