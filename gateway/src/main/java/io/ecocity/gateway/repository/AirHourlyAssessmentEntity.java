package io.ecocity.gateway.repository;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One real-time AQI report (city, town or station) for one hour, as {@code air.assessments} last stated it. */
@Entity
@Table(name = "air_hourly_assessment")
public class AirHourlyAssessmentEntity extends AqiReportEntity {

    @Column(name = "hour_end")
    public Instant hourEnd;

    public BigDecimal pm25;

    @Column(name = "station_count")
    public Integer stationCount;

    /** The hours labelled after {@code fromExclusive} up to {@code toInclusive}: one natural day is (00:00, 24:00]. */
    public static List<AirHourlyAssessmentEntity> between(String scopeKey, Instant fromExclusive, Instant toInclusive) {
        return list("scopeKey = ?1 and hourEnd > ?2 and hourEnd <= ?3", Sort.ascending("hourEnd"), scopeKey,
                fromExclusive, toInclusive);
    }
}
