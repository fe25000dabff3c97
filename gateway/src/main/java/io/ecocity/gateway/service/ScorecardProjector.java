package io.ecocity.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.common.TargetProgress;
import io.ecocity.gateway.domain.EventOrder;
import io.ecocity.gateway.repository.TargetProgressEntity;
import io.ecocity.support.events.RejectedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.List;

/** Applies the target-progress events of every domain to the scorecard. */
@ApplicationScoped
public class ScorecardProjector {

    private final ObjectMapper json;
    private final Event<CityChange> changes;
    private final ViewReader reader;
    private final KnownTowns towns;
    private final ViewRows rows;

    public ScorecardProjector(ObjectMapper json, Event<CityChange> changes, ViewReader reader, KnownTowns towns,
            ViewRows rows) {
        this.rows = rows;
        this.json = json;
        this.changes = changes;
        this.reader = reader;
        this.towns = towns;
    }

    public void apply(String topicDomain, TargetProgress progress, Instant eventTime) {
        if (!topicDomain.equals(progress.domain())) {
            throw new RejectedEventException("a " + progress.domain() + " target on the " + topicDomain + " topic");
        }
        String id = TargetProgressEntity.keyOf(progress.domain(), progress.year(), progress.scope(),
                progress.scopeId(), progress.indicator());
        TargetProgressEntity row = rows.find(TargetProgressEntity.class, id);
        if (row == null) {
            row = new TargetProgressEntity();
            row.id = id;
        } else if (EventOrder.older(progress.asOf(), row.asOf, eventTime, row.eventTime)) {
            return;
        }
        row.domain = progress.domain();
        row.targetYear = Math.toIntExact(progress.year());
        row.asOf = progress.asOf();
        row.scope = progress.scope();
        row.scopeId = progress.scopeId();
        row.indicator = progress.indicator();
        row.name = progress.name();
        row.unit = progress.unit();
        row.direction = progress.direction();
        row.target = progress.target();
        row.targetLabel = progress.targetLabel();
        row.value = progress.value();
        row.valueLabel = progress.valueLabel();
        row.projected = progress.projected();
        row.status = progress.status();
        row.remainingAllowance = progress.remainingAllowance();
        row.allowanceLabel = progress.allowanceLabel();
        row.checkpoints = write(progress.checkpoints());
        row.receivedAt = Instant.now();
        row.eventTime = eventTime;
        row.persist();
        if ("TOWN".equals(progress.scope())) {
            towns.named(progress.scopeId());
        }
        changes.fire(new CityChange(CityChange.SCORECARD, id, reader.scorecardItem(row)));
    }

    private String write(List<TargetProgress.Checkpoint> checkpoints) {
        try {
            return json.writeValueAsString(checkpoints == null ? List.of() : checkpoints);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
