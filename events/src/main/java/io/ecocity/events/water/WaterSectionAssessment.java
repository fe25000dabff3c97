package io.ecocity.events.water;

import java.time.LocalDate;
import java.util.List;

/**
 * Payload of schema {@code water-section-assessment.v1}: A section's class over a period, from the period mean of each item.
 */
public record WaterSectionAssessment(
        String sectionId,
        String town,
        String period,
        LocalDate from,
        LocalDate to,
        int sampleCount,
        String waterClass,
        String targetClass,
        boolean meetsTarget,
        List<String> mainPollutants,
        String lastYearClass,
        String classChange) {
}
