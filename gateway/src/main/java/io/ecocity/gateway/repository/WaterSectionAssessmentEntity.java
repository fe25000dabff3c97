package io.ecocity.gateway.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A section's class over a period (month, year, year to date), from the period means. */
@Entity
@Table(name = "water_section_assessment")
public class WaterSectionAssessmentEntity extends WaterSectionAssessmentColumns {

    @Id
    public String id;

    @Column(name = "section_id")
    public String sectionId;

    /** The class of every section over one period (the chart's year), one query. */
    public static List<WaterSectionAssessmentEntity> ofPeriod(String period) {
        return list("period", period);
    }
}
