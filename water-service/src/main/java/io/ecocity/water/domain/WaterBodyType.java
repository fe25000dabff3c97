package io.ecocity.water.domain;

/** Rivers and lakes/reservoirs differ in the TP limits and in whether TN has limits at all. */
public enum WaterBodyType {
    RIVER,
    LAKE_RESERVOIR
}
