package io.ecocity.waste.rest;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.ecocity.waste.service.QuantitiesDeserializer;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One town's figures for one month, in tonnes. Each stream it carries replaces that stream of the "
        + "town's month as a whole; streams left out stay as they were.")
public record ReportRequest(
        @Schema(description = "A town of GET /api/waste/towns", example = "茶山") String town,
        @Schema(description = "The reported month, YYYY-MM (Beijing time); not after the current month", example = "2023-05")
        String month,
        @Schema(description = "Quantity key (GET /api/waste/quantities) → tonnes, ≥ 0, at most 6 decimals",
                example = "{\"household.collected\": 2000, \"household.recycled\": 500}")
        @JsonDeserialize(using = QuantitiesDeserializer.class) Map<String, BigDecimal> quantities) {
}
