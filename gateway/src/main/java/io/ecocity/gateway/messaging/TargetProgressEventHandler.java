package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.common.TargetProgress;
import io.ecocity.gateway.service.FreshnessTracker;
import io.ecocity.gateway.service.ScorecardProjector;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;

/** Keeps the scorecard in step with the target-progress topics of every domain. */
@Singleton
public class TargetProgressEventHandler extends DomainTopicsHandler<TargetProgress> {

    private final ScorecardProjector scorecard;

    public TargetProgressEventHandler(ContractReader reader, FreshnessTracker freshness, ScorecardProjector scorecard) {
        super(reader, freshness, Map.of(
                Topics.AIR_TARGETS, EventType.AIR_TARGET_PROGRESS,
                Topics.WATER_TARGETS, EventType.WATER_TARGET_PROGRESS,
                Topics.WASTE_TARGETS, EventType.WASTE_TARGET_PROGRESS), TargetProgress.class);
        this.scorecard = scorecard;
    }

    @Override
    protected void apply(String domain, TargetProgress progress, Instant eventTime) {
        scorecard.apply(domain, progress, eventTime);
    }
}
