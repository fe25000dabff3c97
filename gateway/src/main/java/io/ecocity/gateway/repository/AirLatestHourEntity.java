package io.ecocity.gateway.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The latest hourly AQI report of one scope (the city, a town, a station), keyed by its scope key: what the view
 * shows as "now" is one row per scope, never a search for the latest of all stored hours.
 */
@Entity
@Table(name = "air_latest_hour")
public class AirLatestHourEntity extends AqiReportEntity {

    @Column(name = "hour_end")
    public Instant hourEnd;

    public BigDecimal pm25;

    @Column(name = "station_count")
    public Integer stationCount;

    public static AirLatestHourEntity of(String scopeKey) {
        return findById(scopeKey);
    }

    /** The latest hour of every station, one row each. */
    public static List<AirLatestHourEntity> ofEveryStation() {
        return list("scope", "STATION");
    }

    /** Takes over the report of {@code hour}, now the latest of its scope. */
    public void copy(AirHourlyAssessmentEntity hour) {
        id = hour.scopeKey;
        scope = hour.scope;
        scopeKey = hour.scopeKey;
        town = hour.town;
        stationId = hour.stationId;
        edition = hour.edition;
        aqi = hour.aqi;
        level = hour.level;
        category = hour.category;
        categoryEn = hour.categoryEn;
        colour = hour.colour;
        primaryPollutants = hour.primaryPollutants;
        correction = hour.correction;
        receivedAt = hour.receivedAt;
        eventTime = hour.eventTime;
        hourEnd = hour.hourEnd;
        pm25 = hour.pm25;
        stationCount = hour.stationCount;
    }
}
