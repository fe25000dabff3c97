package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many decimals a reported value carries, applied once to the exact value. HJ 663's reporting precision
 * is unverified [U]; the defaults follow HJ 633-2026 §4.2.2 for concentrations (integers, CO 1 decimal), the
 * 2 decimals city reports show for the composite index (docs/standards/rules.md §3.3), 1 decimal for percentages (the seed's
 * "1.8 %", "66.7 %"), and GB/T 8170 round-half-even.
 */
public record ReportingPrecision(Map<Pollutant, Integer> concentrationScale, int compositeIndexScale,
                                 int subIndexScale, int percentScale, RoundingMode roundingMode) {

    public ReportingPrecision {
        EnumMap<Pollutant, Integer> copy = new EnumMap<>(concentrationScale);
        for (Pollutant p : Pollutant.values()) {
            if (!copy.containsKey(p)) {
                throw new IllegalArgumentException("no reporting scale for " + p);
            }
        }
        concentrationScale = Collections.unmodifiableMap(copy);
    }

    public static ReportingPrecision defaults() {
        Map<Pollutant, Integer> scales = new EnumMap<>(Pollutant.class);
        for (Pollutant p : Pollutant.values()) {
            scales.put(p, p == Pollutant.CO ? 1 : 0);
        }
        return new ReportingPrecision(scales, 2, 3, 1, RoundingMode.HALF_EVEN);
    }

    public BigDecimal concentration(Pollutant pollutant, ExactFraction value) {
        return value.rounded(concentrationScale.get(pollutant), roundingMode);
    }

    public BigDecimal concentration(Pollutant pollutant, BigDecimal value) {
        return value.setScale(concentrationScale.get(pollutant), roundingMode);
    }

    public BigDecimal compositeIndex(ExactFraction value) {
        return value.rounded(compositeIndexScale, roundingMode);
    }

    public BigDecimal subIndex(ExactFraction value) {
        return value.rounded(subIndexScale, roundingMode);
    }

    /** A percentage, a percentage-point change or a year-on-year improvement. */
    public BigDecimal percent(ExactFraction value) {
        return value.rounded(percentScale, roundingMode);
    }
}
