package io.ecocity.water.domain;

/** Whether the remaining samples' mean must stay below a value or reach it. */
public enum MeanBound {
    /** "at most" items, and pH above 9: the remaining mean may be at most the required value. */
    MAXIMUM_MEAN,
    /** DO, and pH below 6: the remaining mean must be at least the required value. */
    MINIMUM_MEAN
}
