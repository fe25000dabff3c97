package io.ecocity.waste.rest;

import io.ecocity.support.api.BeijingTime;
import io.ecocity.waste.domain.ManifestState;
import io.ecocity.waste.repository.ManifestEntity;
import io.ecocity.waste.repository.ManifestTransitionEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

public record ManifestResponse(String manifestNumber, ManifestState state, Set<ManifestState> allowedNext, String wasteCategory,
        String wasteCode, BigDecimal quantityTonnes, BigDecimal receivedTonnes, String consigner, String consignerTown,
        String carrier, String receiverFacilityId, OffsetDateTime createdAt, OffsetDateTime pickedUpAt,
        LocalDate receiptDeadline, OffsetDateTime receivedAt, boolean overdue, List<TransitionResponse> transitions) {

    public record TransitionResponse(ManifestState from, ManifestState to, String actor, OffsetDateTime occurredAt,
            OffsetDateTime recordedAt, BigDecimal receivedTonnes, String note) {
    }

    static ManifestResponse of(ManifestEntity m, Set<ManifestState> allowedNext, LocalDate receiptDeadline,
            List<ManifestTransitionEntity> transitions) {
        return new ManifestResponse(m.manifestNumber, m.state, allowedNext, m.wasteCategory, m.wasteCode,
                m.quantityTonnes.stripTrailingZeros(), m.receivedTonnes == null ? null : m.receivedTonnes.stripTrailingZeros(),
                m.consigner, m.consignerTown, m.carrier, m.receiverFacilityId, BeijingTime.of(m.createdAt),
                BeijingTime.of(m.pickedUpAt), receiptDeadline, BeijingTime.of(m.receivedAt), m.overdue,
                transitions == null ? null : transitions.stream().map(t -> new TransitionResponse(t.fromState, t.toState, t.actor,
                        BeijingTime.of(t.occurredAt), BeijingTime.of(t.recordedAt),
                        t.receivedTonnes == null ? null : t.receivedTonnes.stripTrailingZeros(), t.note)).toList());
    }
}
