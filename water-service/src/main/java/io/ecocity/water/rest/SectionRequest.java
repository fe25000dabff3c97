package io.ecocity.water.rest;

import io.ecocity.water.domain.WaterBodyType;
import io.ecocity.water.repository.SectionLevel;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An assessment section (国考/省考/市考断面) as a city system registers or updates it.")
public record SectionRequest(
        @Schema(description = "Section code, unique in the city", example = "DG-SHATIAN-SISHENG")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "letters, digits, '_', '.', '-' only")
        String sectionId,
        @Schema(example = "沙田泗盛") @NotBlank @Size(max = 200) String name,
        @Schema(description = "The river, lake or reservoir", example = "东江南支流") @NotBlank @Size(max = 200) String river,
        @Schema(description = "RIVER, or LAKE_RESERVOIR (lake TP limits; TN assessed only here)") @NotNull
        WaterBodyType waterBodyType,
        @NotNull SectionLevel level,
        @Schema(description = "The town or street (镇街) it lies in", example = "沙田") @NotBlank @Size(max = 100) String town,
        @Schema(description = "Target class I to V", example = "III")
        @NotNull @Pattern(regexp = "I|II|III|IV|V", message = "one of I, II, III, IV, V") String targetClass,
        @Schema(example = "22.9170") @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @Schema(example = "113.6150") @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @Schema(description = "Whether the section counts in the city assessment") @NotNull Boolean assessed) {
}
