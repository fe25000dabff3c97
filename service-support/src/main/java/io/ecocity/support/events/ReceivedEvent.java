package io.ecocity.support.events;

import java.time.Instant;

/** A CloudEvent as a consumer received it from Kafka: its attributes, its JSON body, and where it came from. */
public record ReceivedEvent(
        String id,
        String source,
        String type,
        Instant time,
        String topic,
        String key,
        String body,
        int partition,
        long offset) {
}
