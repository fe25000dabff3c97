package io.ecocity.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A section's class over a period (month, year, year to date), from the period means. */
@Entity
@Table(name = "water_section_assessment")
public class WaterSectionAssessmentEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "section_id")
    public String sectionId;

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

    /** The assessment covering the most recent days; of two that end on the same day, the longer period. */
    public static Optional<WaterSectionAssessmentEntity> latest(String sectionId) {
        return find("sectionId", Sort.descending("periodTo").and("periodFrom", Sort.Direction.Ascending), sectionId)
                .<WaterSectionAssessmentEntity>firstResultOptional();
    }
}
