package io.ecocity.events.air;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Payload of schema {@code air-observation.v1}: One station-hour as a data logger reports it; any subset of pollutants may be present. Inbound on air.observations, keyed by stationId; the same fields as one item of POST /api/air/observations.
 */
public record AirObservation(
        String stationId,
        OffsetDateTime time,
        BigDecimal so2,
        BigDecimal no2,
        BigDecimal pm10,
        BigDecimal pm25,
        BigDecimal co,
        BigDecimal o3) {
}
