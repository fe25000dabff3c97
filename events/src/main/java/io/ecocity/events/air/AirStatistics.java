package io.ecocity.events.air;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Payload of schema {@code air-statistics.v1}: Year-to-date statistics (HJ 663) of the city, a town or a station, so that the gateway can show them without calling back.
 */
public record AirStatistics(
        String scope,
        String stationId,
        String town,
        long year,
        LocalDate from,
        LocalDate to,
        BigDecimal compositeIndex,
        BigDecimal compositeIndexLastYear,
        BigDecimal compositeIndexImprovementPercent,
        String primaryCompositePollutant,
        BigDecimal pm25Mean,
        BigDecimal pm25MeanLastYear,
        BigDecimal pm25ImprovementPercent,
        BigDecimal goodDayRatioPercent,
        BigDecimal goodDayRatioLastYearPercent,
        BigDecimal goodDayRatioChangePoints,
        BigDecimal o3P90,
        int heavilyPollutedDays,
        int validDays,
        boolean completenessMet,
        List<MonthlyPm25> monthlyPm25,
        List<DailyAqi> dailyAqi) {

    public record MonthlyPm25(
            String month,
            BigDecimal mean) {
    }
    public record DailyAqi(
            LocalDate date,
            Integer aqi,
            Integer level) {
    }
}
