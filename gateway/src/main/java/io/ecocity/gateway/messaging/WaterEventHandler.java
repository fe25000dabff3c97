package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.water.WaterCityAssessment;
import io.ecocity.events.water.WaterSampleAssessment;
import io.ecocity.events.water.WaterSection;
import io.ecocity.events.water.WaterSectionAssessment;
import io.ecocity.gateway.repository.ViewKeys;
import io.ecocity.gateway.repository.WaterCityAssessmentEntity;
import io.ecocity.gateway.repository.WaterLatestSampleEntity;
import io.ecocity.gateway.repository.WaterSectionAssessmentEntity;
import io.ecocity.gateway.repository.WaterSectionEntity;
import io.ecocity.gateway.repository.WaterSectionLatestEntity;
import io.ecocity.gateway.service.FreshnessTracker;
import io.ecocity.gateway.service.KnownTowns;
import io.ecocity.gateway.service.ViewRows;
import io.ecocity.gateway.service.ViewRows.Key;
import io.ecocity.gateway.service.WaterViewProjector;
import io.ecocity.support.events.ReceivedEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/** Keeps the city view's water sections and their classes in step with {@code water.sections} and {@code water.assessments}. */
@Singleton
public class WaterEventHandler extends ViewEventHandler {

    private final WaterViewProjector water;

    public WaterEventHandler(ContractReader reader, FreshnessTracker freshness, KnownTowns towns, ViewRows rows,
            WaterViewProjector water) {
        super(reader, freshness, towns, rows);
        this.water = water;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.WATER_SECTIONS, Topics.WATER_ASSESSMENTS);
    }

    @Override
    public ViewEvent read(ReceivedEvent event) {
        EventType type = event.topic().equals(Topics.WATER_SECTIONS)
                ? reader.typeOf(event, EventType.WATER_SECTION_REGISTERED, EventType.WATER_SECTION_UPDATED)
                : reader.typeOf(event, EventType.WATER_SAMPLE_ASSESSED, EventType.WATER_SECTION_ASSESSED,
                        EventType.WATER_CITY_ASSESSED);
        return switch (type) {
            case WATER_SAMPLE_ASSESSED -> {
                WaterSampleAssessment sample = reader.read(event, type, WaterSampleAssessment.class);
                yield new ViewEvent(type, "water", sample, "sample/" + sample.sectionId(),
                        new ViewEvent.ByTime<>(sample.sampledAt().toInstant(), event.time()),
                        List.of(new Key(WaterLatestSampleEntity.class, sample.sectionId())), null);
            }
            case WATER_SECTION_ASSESSED -> {
                WaterSectionAssessment assessment = reader.read(event, type, WaterSectionAssessment.class);
                String id = ViewKeys.of(assessment.sectionId(), assessment.period());
                yield new ViewEvent(type, "water", assessment, "period/" + id,
                        new ViewEvent.ByTime<>(assessment.to(), event.time()),
                        List.of(new Key(WaterSectionAssessmentEntity.class, id),
                                new Key(WaterSectionLatestEntity.class, assessment.sectionId())),
                        assessment.town());
            }
            case WATER_CITY_ASSESSED -> {
                WaterCityAssessment city = reader.read(event, type, WaterCityAssessment.class);
                yield new ViewEvent(type, "water", city, "city/" + city.period(),
                        new ViewEvent.ByTime<>(city.to(), event.time()),
                        List.of(new Key(WaterCityAssessmentEntity.class, city.period())), null);
            }
            default -> {
                WaterSection section = reader.read(event, type, WaterSection.class);
                yield new ViewEvent(type, "water", section, "section/" + section.sectionId(),
                        new ViewEvent.ByRevision(section.revision()),
                        List.of(new Key(WaterSectionEntity.class, section.sectionId())), section.town());
            }
        };
    }

    @Override
    protected void apply(ReceivedEvent event, ViewEvent read) {
        switch (read.type()) {
            case WATER_SAMPLE_ASSESSED -> water.applySample(read.payload(WaterSampleAssessment.class), event.time());
            case WATER_SECTION_ASSESSED ->
                    water.applySectionAssessment(read.payload(WaterSectionAssessment.class), event.time());
            case WATER_CITY_ASSESSED -> water.applyCityAssessment(read.payload(WaterCityAssessment.class), event.time());
            default -> water.applySection(read.payload(WaterSection.class));
        }
    }
}
