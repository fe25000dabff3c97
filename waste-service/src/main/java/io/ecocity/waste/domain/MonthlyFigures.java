package io.ecocity.waste.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The quantities (key → tonnes) one town reported for one month; see {@link WasteQuantity} for the keys. */
public record MonthlyFigures(String town, YearMonth month, Map<String, BigDecimal> quantities) {

    public MonthlyFigures {
        Objects.requireNonNull(town, "town");
        Objects.requireNonNull(month, "month");
        quantities = Collections.unmodifiableMap(new TreeMap<>(quantities));
    }

    /** Whether the figures carry at least one of {@code keys}. */
    public boolean reportsAnyOf(java.util.Collection<String> keys) {
        for (String key : keys) {
            if (quantities.containsKey(key)) {
                return true;
            }
        }
        return false;
    }
}
