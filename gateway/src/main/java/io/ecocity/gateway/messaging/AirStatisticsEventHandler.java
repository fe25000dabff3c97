package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.air.AirStatistics;
import io.ecocity.gateway.service.AirViewProjector;
import io.ecocity.gateway.service.FreshnessTracker;
import io.ecocity.support.events.EventHandler;
import io.ecocity.support.events.ReceivedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Keeps the year-to-date air statistics of the city, its towns and stations in step with {@code air.statistics}. */
@ApplicationScoped
public class AirStatisticsEventHandler implements EventHandler {

    private final ContractReader reader;
    private final FreshnessTracker freshness;
    private final AirViewProjector air;

    public AirStatisticsEventHandler(ContractReader reader, FreshnessTracker freshness, AirViewProjector air) {
        this.reader = reader;
        this.freshness = freshness;
        this.air = air;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.AIR_STATISTICS);
    }

    @Override
    public void handle(ReceivedEvent event) {
        EventType type = reader.typeOf(event, EventType.AIR_STATISTICS_UPDATED);
        air.applyStatistics(reader.read(event, type, AirStatistics.class), event.time());
        freshness.heard("air", event);
    }
}
