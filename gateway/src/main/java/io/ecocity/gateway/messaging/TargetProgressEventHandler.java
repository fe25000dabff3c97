package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.common.TargetProgress;
import io.ecocity.gateway.repository.TargetProgressEntity;
import io.ecocity.gateway.service.FreshnessTracker;
import io.ecocity.gateway.service.KnownTowns;
import io.ecocity.gateway.service.ScorecardProjector;
import io.ecocity.gateway.service.ViewRows;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Keeps the scorecard in step with the target-progress topics of every domain. */
@Singleton
public class TargetProgressEventHandler extends DomainTopicsHandler<TargetProgress> {

    private final ScorecardProjector scorecard;

    public TargetProgressEventHandler(ContractReader reader, FreshnessTracker freshness, KnownTowns towns,
            ViewRows rows, ScorecardProjector scorecard) {
        super(reader, freshness, towns, rows, Map.of(
                Topics.AIR_TARGETS, EventType.AIR_TARGET_PROGRESS,
                Topics.WATER_TARGETS, EventType.WATER_TARGET_PROGRESS,
                Topics.WASTE_TARGETS, EventType.WASTE_TARGET_PROGRESS), TargetProgress.class, "target");
        this.scorecard = scorecard;
    }

    @Override
    protected String domainOf(TargetProgress progress) {
        return progress.domain();
    }

    @Override
    protected ViewEvent read(EventType type, String domain, TargetProgress progress, Instant eventTime) {
        String id = TargetProgressEntity.keyOf(progress.domain(), progress.year(), progress.scope(),
                progress.scopeId(), progress.indicator());
        return new ViewEvent(type, domain, progress, id, new ViewEvent.ByTime<>(progress.asOf(), eventTime),
                List.of(new ViewRows.Key(TargetProgressEntity.class, id)),
                "TOWN".equals(progress.scope()) ? progress.scopeId() : null);
    }

    @Override
    protected void apply(String domain, TargetProgress progress, Instant eventTime) {
        scorecard.apply(domain, progress, eventTime);
    }
}
