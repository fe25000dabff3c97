package io.ecocity.waste.domain;

/** Which way an indicator improves; decides how a value is compared with its target. */
public enum IndicatorDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** True when {@code value} is at least as good as {@code target}. */
    public boolean meets(java.math.BigDecimal value, java.math.BigDecimal target) {
        int comparison = value.compareTo(target);
        return this == HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
    }

    /** How far {@code value} falls short of {@code target}; zero or negative when it meets it. */
    public java.math.BigDecimal shortfall(java.math.BigDecimal value, java.math.BigDecimal target) {
        return this == HIGHER_IS_BETTER ? target.subtract(value) : value.subtract(target);
    }
}
