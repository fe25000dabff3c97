package io.ecocity.support.events;

import java.util.List;
import java.util.Set;

/**
 * Applies the events of some topics to a service's state. The consumer calls it inside a transaction that also
 * records the event id, so an event is applied exactly once; throwing {@link RejectedEventException} sends the
 * event to the dead-letter topic, any other exception is retried first.
 * <p>
 * A handler may also read its events ahead of the poll's transaction ({@link #read}): each event is then parsed and
 * checked once per poll however often the transaction is retried, an event whose content is wrong is dead-lettered
 * before any transaction, events of one entity within a poll are merged to the newest ({@link ReadAhead}), and the
 * handler sees the poll's events together before applying them ({@link #prepare}), to read what they touch in a few
 * queries instead of one per event.
 */
public interface EventHandler {

    Set<String> topics();

    void handle(ReceivedEvent event) throws Exception;

    /**
     * Reads the event ahead of its poll's transaction, outside any transaction: throwing
     * {@link RejectedEventException} dead-letters this event alone. By default nothing is read ahead (null), and
     * {@link #handle(ReceivedEvent)} does all the work.
     */
    default ReadAhead read(ReceivedEvent event) throws Exception {
        return null;
    }

    /** Applies an event that {@link #read} read ahead (null when it read nothing); by default {@link #handle(ReceivedEvent)}. */
    default void handle(ReceivedEvent event, ReadAhead read) throws Exception {
        handle(event);
    }

    /**
     * Called in each poll's transaction before any of its events is handled, with what was read ahead of the events
     * this handler will handle in it (merged ones left out), in the order of the poll.
     */
    default void prepare(List<ReadAhead> reads) {
    }

    /**
     * An event of the poll that a newer one of the same entity in the same poll supersedes: it is recorded as applied
     * without being handled; the handler may keep what it still tells (when its domain was last heard of).
     */
    default void superseded(ReceivedEvent event, ReadAhead read) {
    }
}
