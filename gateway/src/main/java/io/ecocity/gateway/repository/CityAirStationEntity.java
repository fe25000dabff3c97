package io.ecocity.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An air station as the gateway last heard of it on {@code air.stations}. */
@Entity
@Table(name = "city_air_station")
public class CityAirStationEntity extends PanacheEntityBase {

    @Id
    @Column(name = "station_id")
    public String stationId;

    public String name;

    public String town;

    public BigDecimal latitude;

    public BigDecimal longitude;

    public String kind;

    public boolean assessed;

    public long revision;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
