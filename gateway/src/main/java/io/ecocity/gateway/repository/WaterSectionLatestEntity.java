package io.ecocity.gateway.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A section's latest period class (the period ending last; of two ending on the same day, the longer), kept on its
 * own row as the assessments arrive so that showing it is one row per section, whatever the periods stored.
 */
@Entity
@Table(name = "water_section_latest")
public class WaterSectionLatestEntity extends WaterSectionAssessmentColumns {

    @Id
    @Column(name = "section_id")
    public String sectionId;

    @Column(name = "assessment_id")
    public String assessmentId;
}
