package io.ecocity.air.domain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The HJ 663 percentile of a series of daily values (docs/standards/rules.md §3.2): sort ascending,
 * k = 1 + (n − 1)·p/100, s = ⌊k⌋, m = X(s) + (X(s+1) − X(s))·(k − s), and X(n) when s = n.
 * This is Hyndman–Fan type 7. Every step is exact in decimal, so the result is exact.
 */
public final class PercentileCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PercentileCalculator() {
    }

    /** The 1-based rank k for n values at percentile p (0..100). */
    public static BigDecimal rank(int n, BigDecimal p) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one value, n = " + n);
        }
        requirePercent(p);
        // (n-1)·p/100 terminates: dividing by 100 only shifts the decimal point
        return BigDecimal.ONE.add(BigDecimal.valueOf(n - 1L).multiply(p).movePointLeft(2));
    }

    /** The p-th percentile, or empty when there are no values. */
    public static Optional<BigDecimal> percentile(Collection<BigDecimal> values, BigDecimal p) {
        requirePercent(p);
        List<BigDecimal> sorted = new ArrayList<>(values.size());
        for (BigDecimal value : values) {
            sorted.add(Objects.requireNonNull(value, "a value in the series is null"));
        }
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        sorted.sort(BigDecimal::compareTo);
        int n = sorted.size();
        BigDecimal k = rank(n, p);
        int s = k.setScale(0, RoundingMode.FLOOR).intValueExact();
        if (s >= n) {
            return Optional.of(sorted.get(n - 1));
        }
        BigDecimal fraction = k.subtract(BigDecimal.valueOf(s));
        BigDecimal lower = sorted.get(s - 1);
        if (fraction.signum() == 0) {
            return Optional.of(lower);
        }
        BigDecimal upper = sorted.get(s);
        return Optional.of(lower.add(upper.subtract(lower).multiply(fraction)));
    }

    public static Optional<BigDecimal> percentile(Collection<BigDecimal> values, int p) {
        return percentile(values, BigDecimal.valueOf(p));
    }

    private static void requirePercent(BigDecimal p) {
        Objects.requireNonNull(p, "p");
        if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("percentile must be within 0..100, was " + p);
        }
    }
}
