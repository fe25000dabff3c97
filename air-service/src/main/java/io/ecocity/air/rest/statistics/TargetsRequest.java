package io.ecocity.air.rest.statistics;

import io.ecocity.air.service.statistics.TargetValues;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A year's air-quality targets; leave a field out (or null) for no target on that indicator.")
public record TargetsRequest(
        @Schema(description = "PM2.5 annual mean at most, µg/m³", example = "22")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") BigDecimal pm25Mean,
        @Schema(description = "good-day ratio (优良天数比例) at least, percent", example = "90")
        @DecimalMin("0") @DecimalMax("100") BigDecimal goodDayRatio,
        @Schema(description = "composite index at most", example = "3.3")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal compositeIndex,
        @Schema(description = "O3 daily maximum 8-hour 90th percentile at most, µg/m³", example = "160")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") BigDecimal o3P90,
        @Schema(description = "heavily polluted days (AQI level 5–6) at most", example = "0")
        @Min(0) @Max(366) Integer heavyPollutionDays) {

    TargetValues toValues() {
        return new TargetValues(pm25Mean, goodDayRatio, compositeIndex, o3P90, heavyPollutionDays);
    }
}
