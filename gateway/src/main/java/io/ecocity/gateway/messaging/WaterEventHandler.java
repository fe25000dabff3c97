package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.water.WaterCityAssessment;
import io.ecocity.events.water.WaterSampleAssessment;
import io.ecocity.events.water.WaterSection;
import io.ecocity.events.water.WaterSectionAssessment;
import io.ecocity.gateway.service.FreshnessTracker;
import io.ecocity.gateway.service.WaterViewProjector;
import io.ecocity.support.events.EventHandler;
import io.ecocity.support.events.ReceivedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Keeps the city view's water sections and their classes in step with {@code water.sections} and {@code water.assessments}. */
@ApplicationScoped
public class WaterEventHandler implements EventHandler {

    private final ContractReader reader;
    private final FreshnessTracker freshness;
    private final WaterViewProjector water;

    public WaterEventHandler(ContractReader reader, FreshnessTracker freshness, WaterViewProjector water) {
        this.reader = reader;
        this.freshness = freshness;
        this.water = water;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.WATER_SECTIONS, Topics.WATER_ASSESSMENTS);
    }

    @Override
    public void handle(ReceivedEvent event) {
        EventType type = event.topic().equals(Topics.WATER_SECTIONS)
                ? reader.typeOf(event, EventType.WATER_SECTION_REGISTERED, EventType.WATER_SECTION_UPDATED)
                : reader.typeOf(event, EventType.WATER_SAMPLE_ASSESSED, EventType.WATER_SECTION_ASSESSED,
                        EventType.WATER_CITY_ASSESSED);
        switch (type) {
            case WATER_SAMPLE_ASSESSED -> water.applySample(reader.read(event, type, WaterSampleAssessment.class), event.time());
            case WATER_SECTION_ASSESSED ->
                    water.applySectionAssessment(reader.read(event, type, WaterSectionAssessment.class), event.time());
            case WATER_CITY_ASSESSED -> water.applyCityAssessment(reader.read(event, type, WaterCityAssessment.class), event.time());
            default -> water.applySection(reader.read(event, type, WaterSection.class));
        }
        freshness.heard("water", event);
    }
}
