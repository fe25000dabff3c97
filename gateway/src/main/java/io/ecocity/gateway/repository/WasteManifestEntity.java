package io.ecocity.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;

/** A hazardous-waste transfer manifest in its latest state. */
@Entity
@Table(name = "waste_manifest")
public class WasteManifestEntity extends PanacheEntityBase {

    @Id
    @Column(name = "manifest_number")
    public String manifestNumber;

    public String state;

    @Column(name = "waste_category")
    public String wasteCategory;

    @Column(name = "waste_code")
    public String wasteCode;

    @Column(name = "quantity_tonnes")
    public BigDecimal quantityTonnes;

    @Column(name = "received_tonnes")
    public BigDecimal receivedTonnes;

    public String town;

    @Column(name = "changed_at")
    public Instant changedAt;

    public boolean overdue;


    /** The time of the event (ce_time) this row holds; null for a row stored before it was kept. */
    @Column(name = "event_time")
    public Instant eventTime;

    public static long countInStates(Collection<String> states, String town) {
        return town == null ? count("state in ?1", states) : count("state in ?1 and town = ?2", states, town);
    }

    public static long countOverdue(Collection<String> states, String town) {
        return town == null ? count("overdue = true and state in ?1", states)
                : count("overdue = true and state in ?1 and town = ?2", states, town);
    }
}
