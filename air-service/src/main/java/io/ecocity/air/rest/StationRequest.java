package io.ecocity.air.rest;

import io.ecocity.air.repository.StationKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A monitoring station as a city system registers or updates it.")
public record StationRequest(
        @Schema(description = "Station code, unique in the city", example = "DG-GC-01")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "letters, digits, '_', '.', '-' only")
        String stationId,
        @Schema(example = "莞城子站") @NotBlank @Size(max = 200) String name,
        @Schema(description = "The town or street (镇街) it lies in", example = "莞城") @NotBlank @Size(max = 100) String town,
        @Schema(example = "23.0205") @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @Schema(example = "113.7518") @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @NotNull StationKind kind,
        @Schema(description = "Whether the station counts towards the city value") @NotNull Boolean assessed) {
}
