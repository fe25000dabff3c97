package io.ecocity.waste.repository;

import io.ecocity.waste.domain.ManifestState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A hazardous-waste transfer manifest (危险废物转移联单) in its current state; its history is in the transitions. */
@Entity
@Table(name = "waste_manifest")
public class ManifestEntity {

    @Id
    @Column(name = "manifest_number", length = 64)
    public String manifestNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ManifestState state;

    @Column(name = "waste_category", nullable = false, length = 4)
    public String wasteCategory;

    @Column(name = "waste_code", nullable = false, length = 10)
    public String wasteCode;

    @Column(name = "quantity_tonnes", nullable = false, precision = 18, scale = 6)
    public BigDecimal quantityTonnes;

    @Column(name = "received_tonnes", precision = 18, scale = 6)
    public BigDecimal receivedTonnes;

    @Column(nullable = false, length = 200)
    public String consigner;

    @Column(name = "consigner_town", nullable = false, length = 100)
    public String consignerTown;

    @Column(nullable = false, length = 200)
    public String carrier;

    @Column(name = "receiver_facility_id", nullable = false, length = 64)
    public String receiverFacilityId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When the carrier confirmed pickup (→ IN_TRANSIT); the receipt deadline counts from its Beijing day. */
    @Column(name = "picked_up_at")
    public Instant pickedUpAt;

    /** When the receiver recorded the arrival (→ RECEIVED or DISCREPANCY). */
    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Receipt not confirmed within the deadline; stays true once found. */
    @Column(nullable = false)
    public boolean overdue;

    /** Two transitions racing on one manifest: the second fails instead of overwriting the first. */
    @Version
    public long version;
}
