package io.ecocity.air.domain;

/** The notes of the HJ 633 breakpoint table that replace the interpolated IAQI above 800 µg/m³. */
public enum IaqiRule {
    /** HJ 633-2012 Table 1 note 2: no IAQI from the 1-hour value; the SO2 IAQI is the 24-hour one. */
    SO2_1H_ABOVE_800_USES_SO2_24H_IAQI,
    /** HJ 633-2012 Table 1 note 3: no IAQI from the 8-hour value; the O3 IAQI is the 1-hour one. */
    O3_8H_ABOVE_800_USES_O3_1H_IAQI,
    /** HJ 633-2026 Table 3 note b. */
    SO2_1H_ABOVE_800_IS_200,
    /** HJ 633-2026 Table 3 note c. */
    O3_8H_ABOVE_800_IS_300
}
