package io.ecocity.gateway.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** One daily AQI report (city, town or station) for one natural day. */
@Entity
@Table(name = "air_daily_assessment")
public class AirDailyAssessmentEntity extends AqiReportEntity {

    @Column(name = "assessment_day")
    public LocalDate day;

    public static Optional<AirDailyAssessmentEntity> of(String scopeKey, LocalDate day) {
        return findByIdOptional(ViewKeys.of(scopeKey, day.toString()));
    }
}
