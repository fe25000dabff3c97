package io.ecocity.gateway.service;

import io.ecocity.gateway.config.GatewayConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.UUID;

/** The live feed of committed city-view changes that every stream client shares. */
@ApplicationScoped
public class CityStream {

    public static final String READY = "ready";
    public static final String HEARTBEAT = "heartbeat";

    private final BroadcastProcessor<CityChange> changes = BroadcastProcessor.create();
    private final GatewayConfig config;

    public CityStream(GatewayConfig config) {
        this.config = config;
    }

    /** Synchronized: commits happen on the consumer thread and request threads, and a stream takes one at a time. */
    synchronized void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CityChange change) {
        changes.onNext(change);
    }

    /**
     * The changes from now on, preceded by a {@code ready} event once the client is subscribed (so it knows that
     * nothing it causes afterwards can be missed) and interleaved with heartbeats.
     */
    public Multi<CityChange> subscribe() {
        Multi<CityChange> heartbeats = Multi.createFrom().ticks().every(config.stream().heartbeat())
                .map(tick -> new CityChange(HEARTBEAT, UUID.randomUUID().toString(), Map.of("tick", tick)));
        Multi<CityChange> ready = Multi.createFrom().item(
                () -> new CityChange(READY, UUID.randomUUID().toString(), Map.of("subscribed", true)));
        return Multi.createBy().merging().streams(changes, ready, heartbeats);
    }
}
