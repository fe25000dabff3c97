package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.air.AirStation;
import io.ecocity.gateway.repository.CityAirStationEntity;
import io.ecocity.gateway.service.FreshnessTracker;
import io.ecocity.gateway.service.KnownTowns;
import io.ecocity.gateway.service.ViewRows;
import io.ecocity.support.events.ReceivedEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/** Keeps the city view's stations in step with {@code air.stations}. */
@Singleton
public class AirStationEventHandler extends ViewEventHandler {

    private final KnownTowns towns;
    private final ViewRows rows;

    public AirStationEventHandler(ContractReader reader, FreshnessTracker freshness, KnownTowns towns, ViewRows rows) {
        super(reader, freshness, towns, rows);
        this.towns = towns;
        this.rows = rows;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.AIR_STATIONS);
    }

    @Override
    public ViewEvent read(ReceivedEvent event) {
        EventType type = reader.typeOf(event, EventType.AIR_STATION_REGISTERED, EventType.AIR_STATION_UPDATED);
        AirStation station = reader.read(event, type, AirStation.class);
        return new ViewEvent(type, "air", station, station.stationId(), new ViewEvent.ByRevision(station.revision()),
                List.of(new ViewRows.Key(CityAirStationEntity.class, station.stationId())), station.town());
    }

    @Override
    protected void apply(ReceivedEvent event, ViewEvent read) {
        AirStation station = read.payload(AirStation.class);
        CityAirStationEntity view = rows.find(CityAirStationEntity.class, station.stationId());
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
