package io.ecocity.air.domain;

/** What to do with a concentration above the IAQI = 500 breakpoint, where HJ 633 is silent. */
public enum AboveTopBreakpointPolicy {
    /** Project decision (docs/standards/rules.md §1.2): IAQI 500, flagged as capped. */
    CAP_AT_500,
    /** No IAQI: the indicator is reported without one (still flagged as capped). */
    NO_IAQI
}
