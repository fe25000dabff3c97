package io.ecocity.water.domain;

/** How a river or basin was graded (2011 method). */
public enum GradingMethod {
    /** Fewer sections than the table's threshold: class of each indicator's mean over the sections. */
    SECTION_MEAN,
    /** Enough sections: shares of I–III and 劣V sections against the grading table. */
    CLASS_PROPORTION
}
