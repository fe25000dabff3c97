package io.ecocity.support.events;

/**
 * What an {@link EventHandler} read of an event ahead of the poll's transaction. Of several events of one poll for
 * the same entity (same handler and same {@link #entity()}), only the newest is handled: the consumer folds them in
 * the order of the poll, an event replacing the one before unless it is {@link #olderThan} it, so the outcome is the
 * one of applying them one after another when each replaces the whole of what it states.
 */
public interface ReadAhead {

    /** The entity whose whole state the event states; null when the event must be handled whatever follows it. */
    default String entity() {
        return null;
    }

    /** Whether this event states something older than {@code other}, an event of the same entity earlier in the poll. */
    default boolean olderThan(ReadAhead other) {
        return false;
    }
}
