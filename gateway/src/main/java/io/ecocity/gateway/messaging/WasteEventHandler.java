package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.waste.WasteIndicator;
import io.ecocity.events.waste.WasteManifest;
import io.ecocity.gateway.repository.WasteIndicatorEntity;
import io.ecocity.gateway.repository.WasteManifestEntity;
import io.ecocity.gateway.service.FreshnessTracker;
import io.ecocity.gateway.service.KnownTowns;
import io.ecocity.gateway.service.ViewRows;
import io.ecocity.gateway.service.WasteViewProjector;
import io.ecocity.support.events.ReceivedEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/** Keeps the zero-waste indicators and the manifests in step with {@code waste.indicators} and {@code waste.manifests}. */
@Singleton
public class WasteEventHandler extends ViewEventHandler {

    private final WasteViewProjector waste;

    public WasteEventHandler(ContractReader reader, FreshnessTracker freshness, KnownTowns towns, ViewRows rows,
            WasteViewProjector waste) {
        super(reader, freshness, towns, rows);
        this.waste = waste;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.WASTE_INDICATORS, Topics.WASTE_MANIFESTS);
    }

    @Override
    public ViewEvent read(ReceivedEvent event) {
        if (event.topic().equals(Topics.WASTE_INDICATORS)) {
            EventType type = reader.typeOf(event, EventType.WASTE_INDICATOR_UPDATED);
            WasteIndicator indicator = reader.read(event, type, WasteIndicator.class);
            String id = WasteViewProjector.idOf(indicator);
            return new ViewEvent(type, "waste", indicator, "indicator/" + id,
                    new ViewEvent.ByTime<>(indicator.to(), event.time()),
                    List.of(new ViewRows.Key(WasteIndicatorEntity.class, id)),
                    "TOWN".equals(indicator.scope()) ? indicator.town() : null);
        }
        EventType type = reader.typeOf(event, EventType.WASTE_MANIFEST_CHANGED);
        WasteManifest manifest = reader.read(event, type, WasteManifest.class);
        return new ViewEvent(type, "waste", manifest, "manifest/" + manifest.manifestNumber(),
                new ViewEvent.ByTime<>(manifest.changedAt().toInstant(), event.time()),
                List.of(new ViewRows.Key(WasteManifestEntity.class, manifest.manifestNumber())), manifest.town());
    }

    @Override
    protected void apply(ReceivedEvent event, ViewEvent read) {
        if (read.type() == EventType.WASTE_INDICATOR_UPDATED) {
            waste.applyIndicator(read.payload(WasteIndicator.class), event.time());
        } else {
            waste.applyManifest(read.payload(WasteManifest.class), event.time());
        }
    }
}
