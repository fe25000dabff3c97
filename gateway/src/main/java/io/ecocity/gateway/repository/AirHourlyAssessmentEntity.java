package io.ecocity.gateway.repository;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One real-time AQI report (city, town or station) for one hour, as {@code air.assessments} last stated it. */
@Entity
@Table(name = "air_hourly_assessment")
public class AirHourlyAssessmentEntity extends AqiReportEntity {

    @Column(name = "hour_end")
    public Instant hourEnd;

    public BigDecimal pm25;

    @Column(name = "station_count")
    public Integer stationCount;

    public static Optional<AirHourlyAssessmentEntity> latest(String scopeKey) {
        return find("scopeKey", Sort.descending("hourEnd"), scopeKey).<AirHourlyAssessmentEntity>firstResultOptional();
    }

    /** The latest hour of every station, in one query. */
    public static List<AirHourlyAssessmentEntity> latestOfEveryStation() {
        return list("from AirHourlyAssessmentEntity a where a.scope = 'STATION' and a.hourEnd = "
                + "(select max(b.hourEnd) from AirHourlyAssessmentEntity b where b.scopeKey = a.scopeKey)");
    }

    /** The hours labelled after {@code fromExclusive} up to {@code toInclusive}: one natural day is (00:00, 24:00]. */
    public static List<AirHourlyAssessmentEntity> between(String scopeKey, Instant fromExclusive, Instant toInclusive) {
        return list("scopeKey = ?1 and hourEnd > ?2 and hourEnd <= ?3", Sort.ascending("hourEnd"), scopeKey,
                fromExclusive, toInclusive);
    }
}
