package io.ecocity.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every CloudEvents type the suite emits: its {@code ce_type}, the topic it travels on and its JSON Schema
 * ({@code schemas/<name>.json} in this module, shared by the types that carry the same payload). The AsyncAPI document lists exactly these.
 */
public enum EventType {
    AIR_STATION_REGISTERED("ecocity.air.station-registered.v1", Topics.AIR_STATIONS, "air-station.v1"),
    AIR_STATION_UPDATED("ecocity.air.station-updated.v1", Topics.AIR_STATIONS, "air-station.v1"),
    AIR_OBSERVATION_REPORTED("ecocity.air.observation-reported.v1", Topics.AIR_OBSERVATIONS, "air-observation.v1"),
    AIR_OBSERVATION_CORRECTED("ecocity.air.observation-corrected.v1", Topics.AIR_ASSESSMENTS, "air-observation-corrected.v1"),
    AIR_HOURLY_ASSESSED("ecocity.air.hourly-assessed.v1", Topics.AIR_ASSESSMENTS, "air-hourly-assessment.v1"),
    AIR_DAILY_ASSESSED("ecocity.air.daily-assessed.v1", Topics.AIR_ASSESSMENTS, "air-daily-assessment.v1"),
    AIR_STATISTICS_UPDATED("ecocity.air.statistics-updated.v1", Topics.AIR_STATISTICS, "air-statistics.v1"),
    AIR_ALERT("ecocity.air.alert.v1", Topics.AIR_ALERTS, "alert.v1"),
    AIR_TARGET_PROGRESS("ecocity.air.target-progress.v1", Topics.AIR_TARGETS, "target-progress.v1"),
    WATER_SECTION_REGISTERED("ecocity.water.section-registered.v1", Topics.WATER_SECTIONS, "water-section.v1"),
    WATER_SECTION_UPDATED("ecocity.water.section-updated.v1", Topics.WATER_SECTIONS, "water-section.v1"),
    WATER_SAMPLE_REPORTED("ecocity.water.sample-reported.v1", Topics.WATER_SAMPLES, "water-sample.v1"),
    WATER_SAMPLE_ASSESSED("ecocity.water.sample-assessed.v1", Topics.WATER_ASSESSMENTS, "water-sample-assessment.v1"),
    WATER_SECTION_ASSESSED("ecocity.water.section-assessed.v1", Topics.WATER_ASSESSMENTS, "water-section-assessment.v1"),
    WATER_CITY_ASSESSED("ecocity.water.city-assessed.v1", Topics.WATER_ASSESSMENTS, "water-city-assessment.v1"),
    WATER_ALERT("ecocity.water.alert.v1", Topics.WATER_ALERTS, "alert.v1"),
    WATER_TARGET_PROGRESS("ecocity.water.target-progress.v1", Topics.WATER_TARGETS, "target-progress.v1"),
    WASTE_REPORT_SUBMITTED("ecocity.waste.report-submitted.v1", Topics.WASTE_REPORTS, "waste-report.v1"),
    WASTE_INDICATOR_UPDATED("ecocity.waste.indicator-updated.v1", Topics.WASTE_INDICATORS, "waste-indicator.v1"),
    WASTE_MANIFEST_CHANGED("ecocity.waste.manifest-changed.v1", Topics.WASTE_MANIFESTS, "waste-manifest.v1"),
    WASTE_ALERT("ecocity.waste.alert.v1", Topics.WASTE_ALERTS, "alert.v1"),
    WASTE_TARGET_PROGRESS("ecocity.waste.target-progress.v1", Topics.WASTE_TARGETS, "target-progress.v1");

    private final String type;
    private final String topic;
    private final String schema;

    EventType(String type, String topic, String schema) {
        this.type = type;
        this.topic = topic;
        this.schema = schema;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public String schemaResource() {
        return "schemas/" + schema + ".json";
    }

    public static Optional<EventType> ofType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.type.equals(ceType)).findFirst();
    }
}
