package io.ecocity.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;

/** What a section's period class states, in the table of all periods and in that of each section's latest. */
@MappedSuperclass
public abstract class WaterSectionAssessmentColumns extends PanacheEntityBase {

    public String town;

    @Column(name = "period_label")
    public String period;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    @Column(name = "sample_count")
    public int sampleCount;

    @Column(name = "water_class")
    public String waterClass;

    @Column(name = "target_class")
    public String targetClass;

    @Column(name = "meets_target")
    public boolean meetsTarget;

    @Column(name = "main_pollutants")
    public String mainPollutants;

    @Column(name = "last_year_class")
    public String lastYearClass;

    @Column(name = "class_change")
    public String classChange;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** The time of the event (ce_time) this row holds; null for a row stored before it was kept. */
    @Column(name = "event_time")
    public Instant eventTime;

    /**
     * Whether this period is the section's latest rather than {@code held}: it ends later, or on the same day and is
     * longer (a year to date before its last month).
     */
    public boolean supersedes(WaterSectionAssessmentColumns held) {
        int byEnd = periodTo.compareTo(held.periodTo);
        return byEnd > 0 || (byEnd == 0 && !periodFrom.isAfter(held.periodFrom));
    }

    public void copy(WaterSectionAssessmentColumns from) {
        town = from.town;
        period = from.period;
        periodFrom = from.periodFrom;
        periodTo = from.periodTo;
        sampleCount = from.sampleCount;
        waterClass = from.waterClass;
        targetClass = from.targetClass;
        meetsTarget = from.meetsTarget;
        mainPollutants = from.mainPollutants;
        lastYearClass = from.lastYearClass;
        classChange = from.classChange;
        receivedAt = from.receivedAt;
        eventTime = from.eventTime;
    }
}
