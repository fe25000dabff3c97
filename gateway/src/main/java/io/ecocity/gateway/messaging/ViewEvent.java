package io.ecocity.gateway.messaging;

import io.ecocity.events.EventType;
import io.ecocity.gateway.domain.EventOrder;
import io.ecocity.gateway.service.ViewRows;
import io.ecocity.support.events.ReadAhead;
import java.time.Instant;
import java.util.List;

/**
 * An event read ahead of its poll's transaction: its payload, parsed and checked against its contract once; the
 * entity it states (events of one entity in a poll are merged to the newest by the view's ordering rule,
 * {@link EventOrder}); the view rows it touches, read for the whole poll at once; and the town it names.
 */
public record ViewEvent(EventType type, String domain, Object payload, String entity, Order order,
        List<ViewRows.Key> rows, String town) implements ReadAhead {

    /** How two events of one entity are ordered. */
    public sealed interface Order {
        boolean olderThan(Order other);
    }

    /** By the entity's revision: a revision not above the one held changes nothing. */
    public record ByRevision(long revision) implements Order {
        @Override
        public boolean olderThan(Order other) {
            return other instanceof ByRevision held && revision <= held.revision;
        }
    }

    /** By the entity's own time (null when the payload has none), then the event's time: {@link EventOrder}. */
    public record ByTime<T extends Comparable<? super T>>(T stated, Instant eventTime) implements Order {
        @Override
        @SuppressWarnings("unchecked")
        public boolean olderThan(Order other) {
            return other instanceof ByTime<?> held
                    && EventOrder.older(stated, (T) held.stated, eventTime, held.eventTime);
        }
    }

    @Override
    public boolean olderThan(ReadAhead other) {
        return other instanceof ViewEvent held && order != null && held.order != null && order.olderThan(held.order);
    }

    @SuppressWarnings("unchecked")
    public <T> T payload(Class<T> type) {
        return (T) payload;
    }
}
