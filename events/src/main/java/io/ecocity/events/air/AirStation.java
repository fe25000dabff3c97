package io.ecocity.events.air;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Payload of {@code ecocity.air.station-registered.v1} and {@code ecocity.air.station-updated.v1}: the station as
 * registered now. Keyed by {@code stationId} on {@code air.stations}.
 */
public record AirStation(
        String stationId,
        String name,
        String town,
        BigDecimal latitude,
        BigDecimal longitude,
        String kind,
        boolean assessed,
        long revision,
        OffsetDateTime changedAt) {
}
