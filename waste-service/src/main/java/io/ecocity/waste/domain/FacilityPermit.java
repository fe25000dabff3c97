package io.ecocity.waste.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** A receiving facility's permitted annual capacity in tonnes per HW category ({@code "HW08"} → 5000). */
public record FacilityPermit(String facilityId, Map<String, BigDecimal> annualCapacityTonnesByCategory) {
    public FacilityPermit {
        annualCapacityTonnesByCategory = java.util.Collections.unmodifiableMap(new TreeMap<>(annualCapacityTonnesByCategory));
    }
}
