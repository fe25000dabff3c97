package io.ecocity.gateway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of the annual bulletin, each as the domain service computed it for that year; a part is null when the
 * domain published nothing for the year.
 */
public record BulletinFigures(int year, Air air, Water water, List<ZeroWaste> zeroWaste) {

    /** HJ 663 statistics of the city; improvements are percent, positive is better; the ratio change is in points. */
    public record Air(LocalDate from, LocalDate to, BigDecimal compositeIndex, BigDecimal compositeIndexLastYear,
            BigDecimal compositeIndexImprovementPercent, BigDecimal pm25Mean, BigDecimal pm25MeanLastYear,
            BigDecimal pm25ImprovementPercent, BigDecimal goodDayRatioPercent, BigDecimal goodDayRatioChangePoints,
            Integer heavilyPollutedDays) {
    }

    /** The city's water assessment; sections improved are one class or more better than a year before. */
    public record Water(String period, LocalDate from, LocalDate to, int assessedSections, BigDecimal goodSharePercent,
            BigDecimal goodSharePercentLastYear, List<Section> sectionsImproved) {
    }

    public record Section(String sectionId, String name) {
    }

    public record ZeroWaste(String indicatorCode, String nameZh, String nameEn, String period, BigDecimal value,
            String unit) {
    }
}
