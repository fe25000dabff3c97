package io.ecocity.air.rest.statistics;

import io.ecocity.air.repository.statistics.AnnualTargetEntity;
import io.ecocity.air.service.statistics.TargetValues;
import io.ecocity.support.api.BeijingTime;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A year's targets of the city or a town; a null value is no target.")
public record TargetsResponse(int year,
                              @Schema(enumeration = {"CITY", "TOWN"}) String scope,
                              String town,
                              BigDecimal pm25Mean,
                              BigDecimal goodDayRatio,
                              BigDecimal compositeIndex,
                              BigDecimal o3P90,
                              Integer heavyPollutionDays,
                              long revision,
                              OffsetDateTime updatedAt) {

    static TargetsResponse of(AnnualTargetEntity e) {
        return new TargetsResponse(e.year, e.scope, "TOWN".equals(e.scope) ? e.scopeId : null,
                TargetValues.asEntered(e.pm25Mean), TargetValues.asEntered(e.goodDayRatio),
                TargetValues.asEntered(e.compositeIndex), TargetValues.asEntered(e.o3P90), e.heavyPollutionDays,
                e.revision, BeijingTime.of(e.updatedAt));
    }
}
