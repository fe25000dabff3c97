package io.ecocity.water.domain;

/** Progress against a target on a given day; the rules are in {@link WaterTargetProgress}. */
public enum TrackStatus {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK
}
