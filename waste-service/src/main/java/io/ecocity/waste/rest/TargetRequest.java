package io.ecocity.waste.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A yearly target of one indicator for the city (town omitted) or one town")
public record TargetRequest(
        @Schema(example = "2023") Integer year,
        @Schema(example = "CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE") String indicatorCode,
        @Schema(description = "Omit for the city") String town,
        @Schema(description = "In the indicator's unit; compared in the indicator's direction (≥ for higher is better)",
                example = "60") BigDecimal targetValue,
        @Schema(description = "Who sets it", example = "市生态环境局固体废物科") String setBy) {
}
