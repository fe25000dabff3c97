package io.ecocity.events.waste;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Payload of schema {@code waste-manifest.v1}: A hazardous-waste transfer manifest after a state change.
 */
public record WasteManifest(
        String manifestNumber,
        String state,
        String previousState,
        String wasteCategory,
        String wasteCode,
        BigDecimal quantityTonnes,
        BigDecimal receivedTonnes,
        String consigner,
        String carrier,
        String receiverFacilityId,
        String town,
        String actor,
        OffsetDateTime changedAt,
        OffsetDateTime pickedUpAt,
        boolean overdue) {
}
