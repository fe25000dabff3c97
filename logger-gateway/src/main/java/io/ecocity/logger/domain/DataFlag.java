package io.ecocity.logger.domain;

import java.util.Locale;

/** The data flag of a monitored value (HJ 212-2017 Table 5): only N values are data; the others say why not. */
public enum DataFlag {
    N, F, M, S, D, C, T, B;

    /** The flag of {@code code}, or null for a code the standard does not list. */
    public static DataFlag of(String code) {
        if (code == null || code.length() != 1) {
            return null;
        }
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
