package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.air.AirDailyAssessment;
import io.ecocity.events.air.AirHourlyAssessment;
import io.ecocity.events.air.AirObservationCorrected;
import io.ecocity.gateway.repository.AirDailyAssessmentEntity;
import io.ecocity.gateway.repository.AirHourlyAssessmentEntity;
import io.ecocity.gateway.repository.AirLatestHourEntity;
import io.ecocity.gateway.service.AirViewProjector;
import io.ecocity.gateway.service.FreshnessTracker;
import io.ecocity.gateway.service.KnownTowns;
import io.ecocity.gateway.service.ViewRows;
import io.ecocity.gateway.service.ViewRows.Key;
import io.ecocity.support.events.ReceivedEvent;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Keeps the city view's AQI reports in step with {@code air.assessments}. A correction needs nothing of its own here:
 * the air service re-publishes the recomputed reports, which replace the old ones hour by hour.
 */
@Singleton
public class AirAssessmentEventHandler extends ViewEventHandler {

    private final AirViewProjector air;

    public AirAssessmentEventHandler(ContractReader reader, FreshnessTracker freshness, KnownTowns towns,
            ViewRows rows, AirViewProjector air) {
        super(reader, freshness, towns, rows);
        this.air = air;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.AIR_ASSESSMENTS);
    }

    @Override
    public ViewEvent read(ReceivedEvent event) {
        EventType type = reader.typeOf(event, EventType.AIR_HOURLY_ASSESSED, EventType.AIR_DAILY_ASSESSED,
                EventType.AIR_OBSERVATION_CORRECTED);
        return switch (type) {
            case AIR_HOURLY_ASSESSED -> {
                AirHourlyAssessment hourly = reader.read(event, type, AirHourlyAssessment.class);
                String scopeKey = AirViewProjector.scopeKeyOf(hourly.scope(), hourly.town(), hourly.stationId());
                String id = AirViewProjector.hourIdOf(scopeKey, hourly);
                // of the same hour, the report stated last holds
                yield new ViewEvent(type, "air", hourly, "hour/" + id,
                        new ViewEvent.ByTime<Instant>(null, event.time()),
                        List.of(new Key(AirHourlyAssessmentEntity.class, id),
                                new Key(AirLatestHourEntity.class, scopeKey)),
                        "TOWN".equals(hourly.scope()) ? hourly.town() : null);
            }
            case AIR_DAILY_ASSESSED -> {
                AirDailyAssessment daily = reader.read(event, type, AirDailyAssessment.class);
                String id = AirViewProjector.dayIdOf(daily);
                yield new ViewEvent(type, "air", daily, "day/" + id, new ViewEvent.ByTime<Instant>(null, event.time()),
                        List.of(new Key(AirDailyAssessmentEntity.class, id)), null);
            }
            default -> new ViewEvent(type, "air", reader.read(event, type, AirObservationCorrected.class), null, null,
                    List.of(), null);
        };
    }

    @Override
    protected void apply(ReceivedEvent event, ViewEvent read) {
        switch (read.type()) {
            case AIR_HOURLY_ASSESSED -> air.applyHourly(read.payload(AirHourlyAssessment.class), event.time());
            case AIR_DAILY_ASSESSED -> air.applyDaily(read.payload(AirDailyAssessment.class), event.time());
            default -> {
                // nothing of its own: the recomputed reports follow
            }
        }
    }
}
