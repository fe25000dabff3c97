package io.ecocity.waste.rest;

import io.ecocity.waste.repository.FacilityKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A licensed hazardous-waste utilisation or disposal facility (危险废物经营许可证 holder)")
public record FacilityRequest(
        @Schema(example = "DG-HW-01") @NotBlank @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "letters, digits, '_', '.', '-' only") String facilityId,
        @Schema(example = "东莞市某危险废物处置中心") @NotBlank @Size(max = 200) String name,
        @Schema(description = "A town of GET /api/waste/towns", example = "麻涌") @NotBlank @Size(max = 100) String town,
        @Schema(description = "The operating licence (危险废物经营许可证) number", example = "441900001") @NotBlank @Size(max = 100)
        String licenceNumber,
        @NotNull FacilityKind kind,
        @Schema(description = "Permitted tonnes a year per HW category, e.g. {\"HW08\": 5000, \"HW49\": 1200}; a manifest "
                + "may name the facility only for a category it holds capacity for")
        @NotNull Map<String, BigDecimal> annualCapacityTonnes) {
}
