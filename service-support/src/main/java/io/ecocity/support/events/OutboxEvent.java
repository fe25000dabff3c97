package io.ecocity.support.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event written in the same transaction as the change it reports, waiting for (or past) its publication. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    /** Ordering of publication: the order in which the transactions wrote the events. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", nullable = false, unique = true, length = 36)
    public String eventId;

    @Column(nullable = false, length = 200)
    public String topic;

    @Column(name = "event_key", length = 200)
    public String eventKey;

    @Column(name = "event_type", nullable = false, length = 200)
    public String eventType;

    @Column(name = "event_source", nullable = false, length = 200)
    public String eventSource;

    @Column(name = "event_time", nullable = false)
    public Instant eventTime;

    @Column(nullable = false, length = 1_000_000)
    public String payload;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(nullable = false)
    public int attempts;

    /** When the relay gave the event up for good (the broker can never take it); it is kept, never sent. */
    @Column(name = "parked_at")
    public Instant parkedAt;

    @Column(name = "parked_reason", length = 2000)
    public String parkedReason;
}
