package io.ecocity.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The city's water assessment over one period, as {@code water.assessments} last stated it. */
@Entity
@Table(name = "water_city_assessment")
public class WaterCityAssessmentEntity extends PanacheEntityBase {

    @Id
    @Column(name = "period_label")
    public String period;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    @Column(name = "assessed_sections")
    public int assessedSections;

    @Column(name = "good_sections")
    public int goodSections;

    @Column(name = "good_share")
    public BigDecimal goodSharePercent;

    @Column(name = "worse_than_v_sections")
    public int worseThanVSections;

    @Column(name = "worse_than_v_share")
    public BigDecimal worseThanVSharePercent;

    @Column(name = "meeting_target_share")
    public BigDecimal meetingTargetSharePercent;

    public String grading;

    @Column(name = "good_share_last_year")
    public BigDecimal goodSharePercentLastYear;

    @Column(name = "sections_improved")
    public String sectionsImproved;

    @Column(name = "sections_worsened")
    public String sectionsWorsened;

    @Column(name = "received_at")
    public Instant receivedAt;

    /**
     * The assessment of the year so far: of the periods starting on 1 January of {@code year} and ending within it, the
     * one reaching furthest (the year itself, else the year to date, else the first month or quarter).
     */

    /** The time of the event (ce_time) this row holds; null for a row stored before it was kept. */
    @Column(name = "event_time")
    public Instant eventTime;

    public static Optional<WaterCityAssessmentEntity> yearToDate(int year) {
        return find("periodFrom = ?1 and periodTo <= ?2", Sort.descending("periodTo"), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31))
                .<WaterCityAssessmentEntity>firstResultOptional();
    }
}
