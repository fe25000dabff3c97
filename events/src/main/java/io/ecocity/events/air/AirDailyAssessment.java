package io.ecocity.events.air;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Payload of schema {@code air-daily-assessment.v1}: The daily AQI report of a station, a town or the city for a Beijing natural day.
 */
public record AirDailyAssessment(
        String scope,
        String stationId,
        String town,
        LocalDate date,
        String edition,
        List<Value> values,
        List<Indicator> indicators,
        Integer aqi,
        Integer level,
        String category,
        String categoryEn,
        String colour,
        List<String> primaryPollutants,
        List<String> exceedancePollutants,
        boolean capped,
        boolean correction) {

    public record Value(
            String indicator,
            BigDecimal concentration,
            boolean valid,
            int coverage) {
    }
    public record Indicator(
            String indicator,
            BigDecimal concentration,
            Integer iaqi,
            boolean capped,
            String rule) {
    }
}
