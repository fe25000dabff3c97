package io.ecocity.water.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A town's sewage-treatment work of a year, planned and completed so far")
public record TreatmentTaskRequest(
        @Schema(description = "Works planned (count)", example = "30") @NotNull @Min(0) Integer plannedCount,
        @Schema(description = "Works completed (count); may exceed planned", example = "43") @NotNull @Min(0) Integer completedCount,
        @Schema(description = "Planned treatment capacity, m³/d", example = "1200") @NotNull @DecimalMin("0")
        @Digits(integer = 12, fraction = 2) BigDecimal plannedCapacity,
        @Schema(description = "Completed treatment capacity, m³/d", example = "1500") @NotNull @DecimalMin("0")
        @Digits(integer = 12, fraction = 2) BigDecimal completedCapacity) {
}
