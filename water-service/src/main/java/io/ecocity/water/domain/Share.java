package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A count of sections out of those assessed, kept as the two integers so that threshold tests are
 * exact (6 of 9 is below 66.7 % exactly, yet the bureau prints it as 66.7 %).
 */
public record Share(int count, int total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Share {
        if (total < 0 || count < 0 || count > total) {
            throw new IllegalArgumentException("invalid share " + count + "/" + total);
        }
    }

    /** Percent rounded once from the exact fraction; absent when nothing was assessed. */
    public Optional<BigDecimal> percent(int scale, RoundingMode rounding) {
        if (total == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(total), scale, rounding));
    }

    /** Exact: count/total ≥ percent/100. An empty share is at no percent. */
    public boolean isAtLeastPercent(BigDecimal percent) {
        return total > 0 && BigDecimal.valueOf(count).multiply(HUNDRED)
                .compareTo(percent.multiply(BigDecimal.valueOf(total))) >= 0;
    }

    public boolean isBelowPercent(BigDecimal percent) {
        return total > 0 && !isAtLeastPercent(percent);
    }
}
