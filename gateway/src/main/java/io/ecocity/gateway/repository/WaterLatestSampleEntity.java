package io.ecocity.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The GB 3838 class of a section's most recent sample. */
@Entity
@Table(name = "water_latest_sample")
public class WaterLatestSampleEntity extends PanacheEntityBase {

    @Id
    @Column(name = "section_id")
    public String sectionId;

    public String town;

    @Column(name = "sampled_at")
    public Instant sampledAt;

    @Column(name = "water_class")
    public String waterClass;

    @Column(name = "target_class")
    public String targetClass;

    @Column(name = "meets_target")
    public boolean meetsTarget;

    @Column(name = "main_pollutants")
    public String mainPollutants;

    @Column(name = "items_breaking_target")
    public String itemsBreakingTarget;

    public boolean correction;

    /** The time of the event (ce_time) this row holds; null for a row stored before it was kept. */
    @Column(name = "event_time")
    public Instant eventTime;
}
