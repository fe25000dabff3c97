package io.ecocity.events.air;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Payload of schema {@code air-hourly-assessment.v1}: The real-time (hourly) AQI report of a station, a town or the city.
 */
public record AirHourlyAssessment(
        String scope,
        String stationId,
        String town,
        OffsetDateTime time,
        String edition,
        Concentrations concentrations,
        List<Indicator> indicators,
        Integer aqi,
        Integer level,
        String category,
        String categoryEn,
        String colour,
        List<String> primaryPollutants,
        List<String> exceedancePollutants,
        boolean capped,
        Integer stationCount,
        boolean correction) {

    public record Concentrations(
            BigDecimal so2,
            BigDecimal no2,
            BigDecimal pm10,
            BigDecimal pm25,
            BigDecimal co,
            BigDecimal o3) {
    }
    public record Indicator(
            String indicator,
            BigDecimal concentration,
            Integer iaqi,
            boolean capped,
            String rule) {
    }
}
