package io.ecocity.support.events;

import java.util.Set;

/**
 * Applies the events of some topics to a service's state. The consumer calls it inside a transaction that also
 * records the event id, so an event is applied exactly once; throwing {@link RejectedEventException} sends the
 * event to the dead-letter topic, any other exception is retried first.
 */
public interface EventHandler {

    Set<String> topics();

    void handle(ReceivedEvent event) throws Exception;
}
