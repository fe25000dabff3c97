package io.ecocity.events.water;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Payload of schema {@code water-section.v1}: A water assessment section as registered now.
 */
public record WaterSection(
        String sectionId,
        String name,
        String river,
        String waterBodyType,
        String level,
        String town,
        String targetClass,
        BigDecimal latitude,
        BigDecimal longitude,
        boolean assessed,
        long revision,
        OffsetDateTime changedAt) {
}
