package io.ecocity.waste.rest;

import io.ecocity.support.api.BeijingTime;
import io.ecocity.waste.repository.FacilityEntity;
import io.ecocity.waste.repository.FacilityKind;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

public record FacilityResponse(String facilityId, String name, String town, String licenceNumber, FacilityKind kind,
        Map<String, BigDecimal> annualCapacityTonnes, long revision, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static FacilityResponse of(FacilityEntity f) {
        Map<String, BigDecimal> capacities = new TreeMap<>();
        f.annualCapacityTonnes.forEach((category, tonnes) -> capacities.put(category, tonnes.stripTrailingZeros()));
        return new FacilityResponse(f.facilityId, f.name, f.town, f.licenceNumber, f.kind, capacities, f.revision,
                BeijingTime.of(f.createdAt), BeijingTime.of(f.updatedAt));
    }
}
