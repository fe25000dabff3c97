package io.ecocity.waste.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An alert of waste-service in its latest state; its id is stable, so the same condition is raised once. */
@Entity
@Table(name = "waste_alert")
public class AlertEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "alert_id", nullable = false, unique = true, length = 200)
    public String alertId;

    @Column(nullable = false, length = 40)
    public String kind;

    @Column(nullable = false, length = 10)
    public String severity;

    /** RAISED or CLEARED. */
    @Column(nullable = false, length = 10)
    public String state;

    @Column(name = "subject_id", nullable = false, length = 100)
    public String subjectId;

    @Column(length = 100)
    public String town;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false, length = 2000)
    public String message;

    @Column(name = "alert_value", precision = 24, scale = 6)
    public BigDecimal value;

    @Column(precision = 24, scale = 6)
    public BigDecimal threshold;

    @Column(length = 20)
    public String unit;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(name = "cleared_at")
    public Instant clearedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
