package io.ecocity.water.domain;

/** How a value is held against GB 3838 limits; the names of the CSV's direction column in brackets. */
public enum LimitDirection {
    /** "le": the value must not exceed the limit. */
    AT_MOST,
    /** "ge": the value must reach the limit (dissolved oxygen). */
    AT_LEAST,
    /** "range": one interval for all classes (pH 6–9). */
    RANGE,
    /** "none": no class limits (water temperature). */
    NONE;

    static LimitDirection fromTableCode(String code) {
        return switch (code) {
            case "le" -> AT_MOST;
            case "ge" -> AT_LEAST;
            case "range" -> RANGE;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException("unknown limit direction: " + code);
        };
    }
}
