package io.ecocity.waste.repository;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** A licensed hazardous-waste utilisation or disposal facility and its permitted annual capacity per HW category. */
@Entity
@Table(name = "waste_facility")
public class FacilityEntity {

    /** Checked and incremented by every update (optimistic locking): a concurrent update fails instead of overwriting. */
    @jakarta.persistence.Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    @Id
    @Column(name = "facility_id", length = 64)
    public String facilityId;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 100)
    public String town;

    @Column(name = "licence_number", nullable = false, length = 100)
    public String licenceNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public FacilityKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "waste_facility_capacity", joinColumns = @JoinColumn(name = "facility_id"))
    @MapKeyColumn(name = "waste_category", length = 4)
    @Column(name = "annual_tonnes", precision = 18, scale = 6)
    public Map<String, BigDecimal> annualCapacityTonnes = new TreeMap<>();

    @Column(nullable = false)
    public long revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
