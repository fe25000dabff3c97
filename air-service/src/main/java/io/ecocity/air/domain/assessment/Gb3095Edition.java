package io.ecocity.air.domain.assessment;

import java.time.LocalDate;

/** The GB 3095 limit sets, and which one was in force on a day (docs/standards/rules.md §0 and §2.1). */
public enum Gb3095Edition {
    GB3095_2012,
    /** GB 3095-2026 transition-phase limits, 2026-03-01 to 2030-12-31. */
    GB3095_2026_TRANSITION,
    /** GB 3095-2026 final limits, from 2031-01-01. */
    GB3095_2026_FINAL;

    private static final LocalDate EDITION_2026_IN_FORCE = LocalDate.of(2026, 3, 1);
    private static final LocalDate FINAL_LIMITS_IN_FORCE = LocalDate.of(2031, 1, 1);

    public static Gb3095Edition inForceOn(LocalDate day) {
        if (day.isBefore(EDITION_2026_IN_FORCE)) {
            return GB3095_2012;
        }
        return day.isBefore(FINAL_LIMITS_IN_FORCE) ? GB3095_2026_TRANSITION : GB3095_2026_FINAL;
    }

    static Gb3095Edition fromTableName(String name) {
        if (name.startsWith("GB 3095-2012")) {
            return GB3095_2012;
        }
        if (name.startsWith("GB 3095-2026 transition")) {
            return GB3095_2026_TRANSITION;
        }
        if (name.startsWith("GB 3095-2026 final")) {
            return GB3095_2026_FINAL;
        }
        throw new IllegalArgumentException("unknown GB 3095 edition '" + name + "'");
    }
}
