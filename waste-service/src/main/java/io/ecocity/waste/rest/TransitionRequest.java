package io.ecocity.waste.rest;

import io.ecocity.waste.domain.ManifestState;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Move a manifest to another state")
public record TransitionRequest(
        @Schema(description = "The state to move to") ManifestState to,
        @Schema(description = "Who makes the move (consigner, carrier or receiver staff); with security on, the caller's "
                + "authenticated name is recorded instead") String actor,
        @Schema(description = "When it happened, if not now: for a device that syncs late or a paper manifest backfilled. "
                + "Not in the future, not before the previous transition") OffsetDateTime occurredAt,
        @Schema(description = "Tonnes weighed on arrival: required with a receipt (IN_TRANSIT → RECEIVED or DISCREPANCY), "
                + "optional when accepting a discrepancy (DISCREPANCY → RECEIVED), refused otherwise") BigDecimal receivedTonnes,
        @Schema(description = "Free text, at most 1000 characters") String note) {
}
