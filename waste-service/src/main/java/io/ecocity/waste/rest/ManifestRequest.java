package io.ecocity.waste.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A hazardous-waste transfer manifest (危险废物转移联单) as the consigner (移出人) fills it in")
public record ManifestRequest(
        @Schema(description = "The national manifest number; its format is configuration (ecocity.waste.manifest.number-pattern, "
                + "14 digits by default: year 4 + province 2 + prefecture 2 + serial 6, unverified)", example = "20234419000001")
        String manifestNumber,
        @Schema(description = "The consigner (移出人)", example = "东莞某电子有限公司") @NotBlank @Size(max = 200) String consigner,
        @Schema(description = "The consigner's town", example = "长安") String consignerTown,
        @Schema(description = "The carrier (承运人)", example = "东莞某危险货物运输有限公司") @NotBlank @Size(max = 200) String carrier,
        @Schema(description = "The receiving licensed facility (接受人)", example = "DG-HW-01") String receiverFacilityId,
        @Schema(description = "HW category of the national list (国家危险废物名录)", example = "HW49") String wasteCategory,
        @Schema(description = "The 8-digit waste code; its last two digits are the category", example = "900-041-49") String wasteCode,
        @Schema(description = "Tonnes shipped, more than 0", example = "12.5") BigDecimal quantityTonnes,
        @Schema(description = "Who fills it in; with security on, the caller's authenticated name is recorded instead") @NotBlank @Size(max = 200) String actor,
        @Schema(description = "When it was filled in, if not now: a paper manifest entered afterwards (补录). Not in the future")
        OffsetDateTime filledAt) {
}
