package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.air.AirDailyAssessment;
import io.ecocity.events.air.AirHourlyAssessment;
import io.ecocity.events.air.AirObservationCorrected;
import io.ecocity.gateway.service.AirViewProjector;
import io.ecocity.gateway.service.FreshnessTracker;
import io.ecocity.support.events.EventHandler;
import io.ecocity.support.events.ReceivedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Keeps the city view's AQI reports in step with {@code air.assessments}. A correction needs nothing of its own here:
 * the air service re-publishes the recomputed reports, which replace the old ones hour by hour.
 */
@ApplicationScoped
public class AirAssessmentEventHandler implements EventHandler {

    private final ContractReader reader;
    private final FreshnessTracker freshness;
    private final AirViewProjector air;

    public AirAssessmentEventHandler(ContractReader reader, FreshnessTracker freshness, AirViewProjector air) {
        this.reader = reader;
        this.freshness = freshness;
        this.air = air;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.AIR_ASSESSMENTS);
    }

    @Override
    public void handle(ReceivedEvent event) {
        EventType type = reader.typeOf(event, EventType.AIR_HOURLY_ASSESSED, EventType.AIR_DAILY_ASSESSED,
                EventType.AIR_OBSERVATION_CORRECTED);
        switch (type) {
            case AIR_HOURLY_ASSESSED -> air.applyHourly(reader.read(event, type, AirHourlyAssessment.class), event.time());
            case AIR_DAILY_ASSESSED -> air.applyDaily(reader.read(event, type, AirDailyAssessment.class), event.time());
            default -> reader.read(event, type, AirObservationCorrected.class);
        }
        freshness.heard("air", event);
    }
}
