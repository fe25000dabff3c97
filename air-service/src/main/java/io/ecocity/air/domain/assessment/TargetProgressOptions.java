package io.ecocity.air.domain.assessment;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The AT_RISK margin per indicator, in the indicator's own unit: a projection that beats the target by less
 * than the margin is AT_RISK. Defaults (a project choice, not a standard): PM2.5 1 µg/m³, good-day ratio 2
 * points, composite index 0.10, O3 percentile 5 µg/m³, heavily polluted days 1 day.
 */
public record TargetProgressOptions(Map<TargetIndicator, BigDecimal> margins) {

    public TargetProgressOptions {
        EnumMap<TargetIndicator, BigDecimal> copy = new EnumMap<>(margins);
        for (TargetIndicator indicator : TargetIndicator.values()) {
            BigDecimal margin = copy.get(indicator);
            if (margin == null || margin.signum() < 0) {
                throw new IllegalArgumentException(indicator + ": margin must be given and not negative");
            }
        }
        margins = Collections.unmodifiableMap(copy);
    }

    public static TargetProgressOptions defaults() {
        Map<TargetIndicator, BigDecimal> margins = new EnumMap<>(TargetIndicator.class);
        margins.put(TargetIndicator.PM25_ANNUAL_MEAN, new BigDecimal("1"));
        margins.put(TargetIndicator.GOOD_DAY_RATIO, new BigDecimal("2"));
        margins.put(TargetIndicator.COMPOSITE_INDEX, new BigDecimal("0.10"));
        margins.put(TargetIndicator.O3_PERCENTILE, new BigDecimal("5"));
        margins.put(TargetIndicator.HEAVILY_POLLUTED_DAYS, new BigDecimal("1"));
        return new TargetProgressOptions(margins);
    }

    public TargetProgressOptions withMargin(TargetIndicator indicator, BigDecimal margin) {
        Map<TargetIndicator, BigDecimal> changed = new EnumMap<>(margins);
        changed.put(indicator, margin);
        return new TargetProgressOptions(changed);
    }
}
