package io.ecocity.gateway.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The series behind the dashboard's charts, for the city or one town, from the gateway's own view: "
        + "the daily AQI of the last 30 days, the monthly PM2.5 of this year and last year, and each water section "
        + "placed by its coordinates with its class this year against its target.")
public record CityCharts(
        @Schema(description = "null for the city") String town,
        @Schema(description = "Beijing today") LocalDate date,
        @Schema(description = "the 30 Beijing days up to today, oldest first; a day without a daily report has aqi null")
        List<DailyAqi> dailyAqi,
        MonthlyPm25 monthlyPm25,
        List<PlacedSection> sections) {

    @Schema(description = "One day's AQI (HJ 633) as the air service published it.")
    public record DailyAqi(LocalDate day, Integer aqi, Integer level, String category, String categoryEn,
            @Schema(description = "hex colour of the level") String colour, List<String> primaryPollutants) {
    }

    @Schema(description = "Monthly PM2.5 means (µg/m³) of the year and of the year before, January first; a month "
            + "without a mean is null. From the air service's year-to-date statistics of each year.")
    public record MonthlyPm25(int year, String unit, List<BigDecimal> thisYear, List<BigDecimal> lastYear) {
    }

    @Schema(description = "A water section with its coordinates, its class over this year's samples (period means) and "
            + "its latest sample's class, against its target class.")
    public record PlacedSection(String sectionId, String name, String river, String town, BigDecimal latitude,
            BigDecimal longitude, String targetClass,
            @Schema(description = "class over this year so far; null before its first sample of the year") String yearClass,
            @Schema(description = "class over last year, as the water service compared it") String lastYearClass,
            Boolean yearMeetsTarget, String latestSampleClass, Boolean latestSampleMeetsTarget) {
    }
}
