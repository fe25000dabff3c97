package io.ecocity.events.water;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Payload of schema {@code water-city-assessment.v1}: The city's water assessment over a period.
 */
public record WaterCityAssessment(
        String period,
        LocalDate from,
        LocalDate to,
        int assessedSections,
        int goodSections,
        BigDecimal goodSharePercent,
        int worseThanVSections,
        BigDecimal worseThanVSharePercent,
        BigDecimal meetingTargetSharePercent,
        String grading,
        BigDecimal goodSharePercentLastYear,
        List<String> sectionsImproved,
        List<String> sectionsWorsened) {
}
