package io.ecocity.air.domain;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * The AQI rules that docs/standards/rules.md marks unverified or leaves to the project, with their documented defaults.
 *
 * @param roundConcentrationsIn2012 round HJ 633-2012 concentrations like 2026 before the IAQI [S/U]; default
 *                                  {@code false}: 2012 does not ask for it, so the concentration is used as given
 * @param concentrationRounding     the GB/T 8170 rounding of concentrations before the IAQI [U]; default
 *                                  {@link RoundingMode#HALF_EVEN} (四舍六入五成双)
 * @param aboveTopBreakpoint        concentrations above the IAQI = 500 breakpoint [standard silent]; default
 *                                  {@link AboveTopBreakpointPolicy#CAP_AT_500}
 */
public record AqiCalculationOptions(boolean roundConcentrationsIn2012, RoundingMode concentrationRounding,
                                    AboveTopBreakpointPolicy aboveTopBreakpoint) {

    public AqiCalculationOptions {
        Objects.requireNonNull(concentrationRounding, "concentrationRounding");
        Objects.requireNonNull(aboveTopBreakpoint, "aboveTopBreakpoint");
        if (concentrationRounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("concentrationRounding must round");
        }
    }

    public static AqiCalculationOptions defaults() {
        return new AqiCalculationOptions(false, RoundingMode.HALF_EVEN, AboveTopBreakpointPolicy.CAP_AT_500);
    }
}
