package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Builders shared by the water domain tests; everything real, nothing stubbed. */
final class WaterFixtures {

    static final WaterStandards STANDARDS = WaterStandards.loadFromClasspath();

    private WaterFixtures() {
    }

    static WaterQualityClassifier classifier() {
        return new WaterQualityClassifier(STANDARDS.limits(), WaterClassificationOptions.defaults());
    }

    static SectionPeriodAssessment periodAssessment() {
        return new SectionPeriodAssessment(classifier(), PeriodAggregationOptions.defaults());
    }

    static CityWaterAssessment cityAssessment(CityAssessmentOptions options) {
        return new CityWaterAssessment(classifier(), STANDARDS.sectionCategories(), STANDARDS.riverGrading(), options);
    }

    /** values("DO", "5.5", "NH3N", "2.1") */
    static Map<WaterQualityItem, BigDecimal> values(String... codeValuePairs) {
        Map<WaterQualityItem, BigDecimal> values = new EnumMap<>(WaterQualityItem.class);
        for (int i = 0; i < codeValuePairs.length; i += 2) {
            values.put(WaterQualityItem.fromCode(codeValuePairs[i]), new BigDecimal(codeValuePairs[i + 1]));
        }
        return values;
    }

    static WaterSample sample(String sectionId, String day, String... codeValuePairs) {
        return new WaterSample(sectionId, LocalDate.parse(day), values(codeValuePairs));
    }

    static MonitoringSection river(String id) {
        return new MonitoringSection(id, "断面" + id, WaterBodyType.RIVER);
    }
}
