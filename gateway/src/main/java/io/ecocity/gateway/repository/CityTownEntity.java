package io.ecocity.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A town (镇街) that some domain has named: the list of towns is this small table, not a scan of the reports. */
@Entity
@Table(name = "city_town")
public class CityTownEntity extends PanacheEntityBase {

    @Id
    public String town;
}
