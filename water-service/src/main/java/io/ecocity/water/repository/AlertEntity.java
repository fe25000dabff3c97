package io.ecocity.water.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The last state of an alert; its id is stable, so the same condition raised again is the same alert. */
@Entity
@Table(name = "water_alert")
public class AlertEntity {

    @Id
    @Column(name = "alert_id")
    public String alertId;

    public String kind;

    @Column(name = "section_id")
    public String sectionId;

    public String town;

    public String severity;

    public String state;

    @Column(name = "relates_to")
    public LocalDate relatesTo;

    public String title;

    public String message;

    @Column(name = "alert_value")
    public BigDecimal value;

    public BigDecimal threshold;

    public String unit;

    @Column(name = "raised_at")
    public Instant raisedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
