package io.ecocity.logger.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last real-time (2011) or minute (2051) data of each registered logger, in memory only: they are never the
 * hour's value, and are kept for looking at a device while it is installed. One entry per registered device.
 */
@ApplicationScoped
public class LatestReadings {

    public record Latest(String mn, String command, OffsetDateTime dataTime, Instant receivedAt,
            Map<String, BigDecimal> values, Map<String, Integer> leftOut) {
    }

    private final Map<String, Latest> byDevice = new ConcurrentHashMap<>();

    public void put(Latest latest) {
        byDevice.put(latest.mn(), latest);
    }

    public Optional<Latest> of(String mn) {
        return Optional.ofNullable(byDevice.get(mn));
    }

    public void forget(String mn) {
        byDevice.remove(mn);
    }
}
