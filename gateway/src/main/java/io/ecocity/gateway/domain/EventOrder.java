package io.ecocity.gateway.domain;

import java.time.Instant;

/**
 * The view's ordering rule: a projection holds the newest it has heard of each entity and ignores an event older
 * than that. Older is decided by the entity's own time first (a sample's time, a period's end), then, when that ties
 * or the payload has none, by the event's time ({@code ce_time}, the time the domain service stated the fact). An
 * unknown time on either side orders nothing, so the event applies.
 */
public final class EventOrder {

    private EventOrder() {
    }

    /** Whether an event of {@code incoming} time states something older than the one of {@code held} time. */
    public static boolean older(Instant incoming, Instant held) {
        return incoming != null && held != null && incoming.isBefore(held);
    }

    /**
     * Whether an event older than what a row holds: by the entity's time ({@code incoming} before {@code held}), and
     * on a tie by the event's time.
     */
    public static <T extends Comparable<? super T>> boolean older(T incoming, T held, Instant incomingEvent,
            Instant heldEvent) {
        int byEntity = incoming == null || held == null ? 0 : incoming.compareTo(held);
        return byEntity < 0 || (byEntity == 0 && older(incomingEvent, heldEvent));
    }
}
