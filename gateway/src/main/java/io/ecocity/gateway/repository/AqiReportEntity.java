package io.ecocity.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** What an hourly and a daily AQI report (HJ 633) of a city, town or station have in common. */
@MappedSuperclass
public abstract class AqiReportEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String scope;

    @Column(name = "scope_key")
    public String scopeKey;

    public String town;

    @Column(name = "station_id")
    public String stationId;

    public String edition;

    public Integer aqi;

    @Column(name = "aqi_level")
    public Integer level;

    public String category;

    @Column(name = "category_en")
    public String categoryEn;

    public String colour;

    @Column(name = "primary_pollutants")
    public String primaryPollutants;

    public boolean correction;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** The time of the event (ce_time) this row holds; null for a row stored before it was kept. */
    @Column(name = "event_time")
    public Instant eventTime;
}
