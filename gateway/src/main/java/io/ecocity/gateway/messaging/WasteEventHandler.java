package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.waste.WasteIndicator;
import io.ecocity.events.waste.WasteManifest;
import io.ecocity.gateway.service.FreshnessTracker;
import io.ecocity.gateway.service.WasteViewProjector;
import io.ecocity.support.events.EventHandler;
import io.ecocity.support.events.ReceivedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Keeps the zero-waste indicators and the manifests in step with {@code waste.indicators} and {@code waste.manifests}. */
@ApplicationScoped
public class WasteEventHandler implements EventHandler {

    private final ContractReader reader;
    private final FreshnessTracker freshness;
    private final WasteViewProjector waste;

    public WasteEventHandler(ContractReader reader, FreshnessTracker freshness, WasteViewProjector waste) {
        this.reader = reader;
        this.freshness = freshness;
        this.waste = waste;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.WASTE_INDICATORS, Topics.WASTE_MANIFESTS);
    }

    @Override
    public void handle(ReceivedEvent event) {
        if (event.topic().equals(Topics.WASTE_INDICATORS)) {
            EventType type = reader.typeOf(event, EventType.WASTE_INDICATOR_UPDATED);
            waste.applyIndicator(reader.read(event, type, WasteIndicator.class), event.time());
        } else {
            EventType type = reader.typeOf(event, EventType.WASTE_MANIFEST_CHANGED);
            waste.applyManifest(reader.read(event, type, WasteManifest.class), event.time());
        }
        freshness.heard("waste", event);
    }
}
