package io.ecocity.waste.rest;

import io.ecocity.support.api.BeijingTime;
import io.ecocity.waste.repository.TargetEntity;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

public record TargetResponse(int year, String indicatorCode, String scope, String town, BigDecimal targetValue, String setBy,
        OffsetDateTime setAt) {

    static TargetResponse of(TargetEntity t) {
        return new TargetResponse(t.year, t.indicatorCode, t.town == null ? "CITY" : "TOWN", t.town,
                t.targetValue.stripTrailingZeros(), t.setBy, BeijingTime.of(t.setAt));
    }
}
