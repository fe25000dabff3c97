package io.ecocity.air.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One station-hour as accepted: the hour labelled by its end, and the values indexed by {@link Pollutant#ordinal()}
 * (null where not reported). CO is in mg/m³, the others in µg/m³.
 */
public record HourlyObservation(String stationId, Instant hourEnd, BigDecimal[] values) {

    public HourlyObservation {
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(hourEnd, "hourEnd");
        if (values.length != Pollutant.values().length) {
            throw new IllegalArgumentException("one value slot per pollutant");
        }
    }

    public BigDecimal value(Pollutant pollutant) {
        return values[pollutant.ordinal()];
    }

    public Key key() {
        return new Key(stationId, hourEnd);
    }

    /** Same values, whatever their scale: 35 and 35.0 are the same concentration. */
    public boolean sameValuesAs(BigDecimal[] other) {
        for (int i = 0; i < values.length; i++) {
            BigDecimal a = values[i];
            BigDecimal b = other[i];
            if (a == null ? b != null : b == null || a.compareTo(b) != 0) {
                return false;
            }
        }
        return true;
    }

    public record Key(String stationId, Instant hourEnd) {
    }
}
