package io.ecocity.events.water;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Payload of schema {@code water-sample-assessment.v1}: The GB 3838 classification of one sample.
 */
public record WaterSampleAssessment(
        String sectionId,
        String town,
        OffsetDateTime sampledAt,
        String waterBodyType,
        String waterClass,
        String targetClass,
        boolean meetsTarget,
        List<Item> items,
        List<String> mainPollutants,
        List<String> itemsBreakingTarget,
        boolean correction) {

    public record Item(
            String item,
            BigDecimal value,
            String waterClass,
            BigDecimal exceedanceMultiple) {
    }
}
