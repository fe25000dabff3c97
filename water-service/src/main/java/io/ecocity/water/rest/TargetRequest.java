package io.ecocity.water.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A year's water targets")
public record TargetRequest(
        @Schema(description = "The city's good share (I–III) to reach, percent, compared at display precision", example = "66.7")
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal goodSharePercentAtLeast,
        @Schema(description = "劣V sections allowed", example = "0") @NotNull @Min(0) Integer worseThanVSectionsAllowed,
        @Schema(description = "Section id → target class (I–V) for the year; a section not named keeps the class it "
                + "was registered with")
        Map<String, String> sectionTargetClasses) {
}
