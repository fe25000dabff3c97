package io.ecocity.events;

/** Kafka topics of the suite: {@code <domain>.<stream>}; each has a {@code <topic>.dlq} dead-letter topic. */
public final class Topics {
    public static final String AIR_STATIONS = "air.stations";
    public static final String AIR_OBSERVATIONS = "air.observations";
    public static final String AIR_ASSESSMENTS = "air.assessments";
    public static final String AIR_STATISTICS = "air.statistics";
    public static final String AIR_ALERTS = "air.alerts";
    public static final String AIR_TARGETS = "air.targets";
    public static final String WATER_SECTIONS = "water.sections";
    public static final String WATER_SAMPLES = "water.samples";
    public static final String WATER_ASSESSMENTS = "water.assessments";
    public static final String WATER_ALERTS = "water.alerts";
    public static final String WATER_TARGETS = "water.targets";
    public static final String WASTE_REPORTS = "waste.reports";
    public static final String WASTE_INDICATORS = "waste.indicators";
    public static final String WASTE_MANIFESTS = "waste.manifests";
    public static final String WASTE_ALERTS = "waste.alerts";
    public static final String WASTE_TARGETS = "waste.targets";

    public static final String DLQ_SUFFIX = ".dlq";

    public static String deadLetterTopicOf(String topic) {
        return topic + DLQ_SUFFIX;
    }

    private Topics() {
    }
}
