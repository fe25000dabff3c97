package io.ecocity.gateway.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who acknowledges an alert, and why.")
public record AcknowledgeRequest(
        @Size(max = 100) @Schema(description = "the person or office, e.g. 市生态环境局值班室; recorded only when the "
                + "gateway's security is off (then required), otherwise the token's subject is") String by,
        @Size(max = 1000) String note) {
}
