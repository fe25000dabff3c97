package io.ecocity.events.air;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Payload of schema {@code air-observation-corrected.v1}: A station-hour received again with other values: the new values replace the old ones and every derived value is recomputed.
 */
public record AirObservationCorrected(
        String stationId,
        OffsetDateTime time,
        long revision,
        Previous previous,
        Current current,
        OffsetDateTime correctedAt) {

    public record Previous(
            BigDecimal so2,
            BigDecimal no2,
            BigDecimal pm10,
            BigDecimal pm25,
            BigDecimal co,
            BigDecimal o3) {
    }
    public record Current(
            BigDecimal so2,
            BigDecimal no2,
            BigDecimal pm10,
            BigDecimal pm25,
            BigDecimal co,
            BigDecimal o3) {
    }
}
