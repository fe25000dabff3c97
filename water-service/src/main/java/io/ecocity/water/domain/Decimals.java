package io.ecocity.water.domain;

import java.math.BigDecimal;

/** Decimals as people read them: no trailing zeros from a column's fixed scale, and no exponent (100, not 1E+2). */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
