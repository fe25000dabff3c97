package io.ecocity.events.water;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Payload of schema {@code water-sample.v1}: One sample as a station or laboratory reports it. Inbound on water.samples, keyed by sectionId; the same fields as one item of POST /api/water/samples.
 */
public record WaterSample(
        String sectionId,
        OffsetDateTime sampledAt,
        Map<String, BigDecimal> values) {
}
