package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.air.AirStatistics;
import io.ecocity.gateway.repository.AirStatisticsEntity;
import io.ecocity.gateway.service.AirViewProjector;
import io.ecocity.gateway.service.FreshnessTracker;
import io.ecocity.gateway.service.KnownTowns;
import io.ecocity.gateway.service.ViewRows;
import io.ecocity.support.events.ReceivedEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/** Keeps the year-to-date air statistics of the city, its towns and stations in step with {@code air.statistics}. */
@Singleton
public class AirStatisticsEventHandler extends ViewEventHandler {

    private final AirViewProjector air;

    public AirStatisticsEventHandler(ContractReader reader, FreshnessTracker freshness, KnownTowns towns,
            ViewRows rows, AirViewProjector air) {
        super(reader, freshness, towns, rows);
        this.air = air;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.AIR_STATISTICS);
    }

    @Override
    public ViewEvent read(ReceivedEvent event) {
        EventType type = reader.typeOf(event, EventType.AIR_STATISTICS_UPDATED);
        AirStatistics statistics = reader.read(event, type, AirStatistics.class);
        String id = AirViewProjector.statisticsIdOf(statistics);
        return new ViewEvent(type, "air", statistics, id, new ViewEvent.ByTime<>(statistics.to(), event.time()),
                List.of(new ViewRows.Key(AirStatisticsEntity.class, id)),
                "TOWN".equals(statistics.scope()) ? statistics.town() : null);
    }

    @Override
    protected void apply(ReceivedEvent event, ViewEvent read) {
        air.applyStatistics(read.payload(AirStatistics.class), event.time());
    }
}
