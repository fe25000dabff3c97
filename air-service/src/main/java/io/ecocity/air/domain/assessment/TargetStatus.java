package io.ecocity.air.domain.assessment;

/**
 * Where a target stands. The rule, in order: OFF_TRACK when the target is already lost, i.e. even the best
 * possible rest of the year (every remaining day clean: zero concentrations, good, not heavily polluted)
 * cannot meet it, which is the same as a negative remaining allowance; once the year is over, ON_TRACK when it
 * was met; otherwise AT_RISK when the projected year-end value misses the target or beats it by less than the
 * indicator's margin; otherwise ON_TRACK. NOT_ASSESSABLE when there is no valid data yet.
 */
public enum TargetStatus {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    NOT_ASSESSABLE
}
