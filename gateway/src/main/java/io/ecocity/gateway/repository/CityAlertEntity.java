package io.ecocity.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An alert of a domain service with the gateway's own acknowledgement. The acknowledgement exists nowhere else: it is
 * one reason the view is kept in the gateway's database rather than rebuilt from Kafka.
 */
@Entity
@Table(name = "city_alert")
public class CityAlertEntity extends PanacheEntityBase {

    @Id
    @Column(name = "alert_id")
    public String alertId;

    public String domain;

    public String kind;

    public String severity;

    public String state;

    @Column(name = "subject_id")
    public String subjectId;

    public String town;

    public String title;

    public String message;

    @Column(name = "alert_value")
    public BigDecimal value;

    public BigDecimal threshold;

    public String unit;

    @Column(name = "raised_at")
    public Instant raisedAt;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "cleared_at")
    public Instant clearedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledge_note")
    public String acknowledgeNote;

    /** Moved by every write; a write on a version another has moved meanwhile fails (optimistic locking). */
    @Version
    public long version;

    /** The time of the event (ce_time) this row holds; null for a row stored before it was kept. */
    @Column(name = "event_time")
    public Instant eventTime;
}
