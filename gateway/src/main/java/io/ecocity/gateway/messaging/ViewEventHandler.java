package io.ecocity.gateway.messaging;

import io.ecocity.gateway.repository.CityTownEntity;
import io.ecocity.gateway.repository.DomainFreshnessEntity;
import io.ecocity.gateway.service.FreshnessTracker;
import io.ecocity.gateway.service.KnownTowns;
import io.ecocity.gateway.service.ViewRows;
import io.ecocity.support.events.EventHandler;
import io.ecocity.support.events.ReadAhead;
import io.ecocity.support.events.ReceivedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A handler of the city view: it reads each event ahead of the poll's transaction ({@link #read}: type, contract,
 * the rules that need no state), so a malformed event is dead-lettered before any transaction; the consumer merges
 * the events of one entity within a poll; the rows the poll touches are read together ({@link #prepare}); and each
 * event left is applied from what was read. Subclasses are {@code @Singleton} beans: a client proxy would need a
 * no-argument constructor this class does not have.
 */
abstract class ViewEventHandler implements EventHandler {

    protected final ContractReader reader;
    private final FreshnessTracker freshness;
    private final KnownTowns towns;
    private final ViewRows rows;

    ViewEventHandler(ContractReader reader, FreshnessTracker freshness, KnownTowns towns, ViewRows rows) {
        this.reader = reader;
        this.freshness = freshness;
        this.towns = towns;
        this.rows = rows;
    }

    /** Parses and checks the event: a {@link io.ecocity.support.events.RejectedEventException} dead-letters it. */
    @Override
    public abstract ViewEvent read(ReceivedEvent event);

    /** Applies an event read ahead to the view, in the poll's transaction. */
    protected abstract void apply(ReceivedEvent event, ViewEvent read);

    @Override
    public void handle(ReceivedEvent event) {
        handle(event, read(event));
    }

    @Override
    public void handle(ReceivedEvent event, ReadAhead read) {
        ViewEvent view = (ViewEvent) read;
        apply(event, view);
        freshness.heard(view.domain(), event);
    }

    @Override
    public void prepare(List<ReadAhead> reads) {
        List<ViewRows.Key> keys = new ArrayList<>();
        for (ReadAhead read : reads) {
            ViewEvent view = (ViewEvent) read;
            keys.addAll(view.rows());
            keys.add(new ViewRows.Key(DomainFreshnessEntity.class, view.domain()));
            if (view.town() != null && !view.town().isBlank()) {
                keys.add(new ViewRows.Key(CityTownEntity.class, view.town()));
            }
        }
        rows.load(keys);
    }

    /** A newer event of the same entity in the poll replaces this one; its domain was heard of, its town named. */
    @Override
    public void superseded(ReceivedEvent event, ReadAhead read) {
        ViewEvent view = (ViewEvent) read;
        towns.named(view.town());
        freshness.heard(view.domain(), event);
    }
}
