package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.air.AirStation;
import io.ecocity.gateway.repository.CityAirStationEntity;
import io.ecocity.gateway.service.FreshnessTracker;
import io.ecocity.gateway.service.KnownTowns;
import io.ecocity.support.events.EventHandler;
import io.ecocity.support.events.ReceivedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Keeps the city view's stations in step with {@code air.stations}. */
@ApplicationScoped
public class AirStationEventHandler implements EventHandler {

    private final ContractReader reader;
    private final FreshnessTracker freshness;
    private final KnownTowns towns;

    public AirStationEventHandler(ContractReader reader, FreshnessTracker freshness, KnownTowns towns) {
        this.reader = reader;
        this.freshness = freshness;
        this.towns = towns;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.AIR_STATIONS);
    }

    @Override
    public void handle(ReceivedEvent event) {
        EventType type = reader.typeOf(event, EventType.AIR_STATION_REGISTERED, EventType.AIR_STATION_UPDATED);
        AirStation station = reader.read(event, type, AirStation.class);
        freshness.heard("air", event);
        CityAirStationEntity view = CityAirStationEntity.findById(station.stationId());
        if (view == null) {
            view = new CityAirStationEntity();
            view.stationId = station.stationId();
        } else if (view.revision >= station.revision()) {
            // an older or repeated revision arriving late must not undo a newer one
            return;
        }
        view.name = station.name();
        view.town = station.town();
        view.latitude = station.latitude();
        view.longitude = station.longitude();
        view.kind = station.kind();
        view.assessed = station.assessed();
        view.revision = station.revision();
        view.updatedAt = station.changedAt().toInstant();
        view.persist();
        towns.named(station.town());
    }
}
