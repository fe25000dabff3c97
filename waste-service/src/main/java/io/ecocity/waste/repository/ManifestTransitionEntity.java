package io.ecocity.waste.repository;

import io.ecocity.waste.domain.ManifestState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One step of a manifest's life: from which state to which, by whom, when it happened and when it was recorded. */
@Entity
@Table(name = "waste_manifest_transition")
public class ManifestTransitionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "manifest_number", nullable = false, length = 64)
    public String manifestNumber;

    /** Null for the creation of the draft. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 16)
    public ManifestState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 16)
    public ManifestState toState;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "received_tonnes", precision = 18, scale = 6)
    public BigDecimal receivedTonnes;

    @Column(length = 1000)
    public String note;
}
