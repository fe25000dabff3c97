package io.ecocity.support.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The id of an event this service has applied, so that a redelivery changes nothing. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    @Column(name = "event_id", length = 200)
    public String eventId;

    @Column(nullable = false, length = 200)
    public String topic;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    protected ProcessedEvent() {
    }

    public ProcessedEvent(String eventId, String topic, Instant processedAt) {
        this.eventId = eventId;
        this.topic = topic;
        this.processedAt = processedAt;
    }
}
