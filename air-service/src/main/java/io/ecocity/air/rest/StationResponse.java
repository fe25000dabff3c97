package io.ecocity.air.rest;

import io.ecocity.air.repository.StationEntity;
import io.ecocity.air.repository.StationKind;
import io.ecocity.support.api.BeijingTime;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

public record StationResponse(String stationId, String name, String town, BigDecimal latitude, BigDecimal longitude,
        StationKind kind, boolean assessed, long revision, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static StationResponse of(StationEntity s) {
        return new StationResponse(s.stationId, s.name, s.town, s.latitude, s.longitude, s.kind, s.assessed,
                s.revision, BeijingTime.of(s.createdAt), BeijingTime.of(s.updatedAt));
    }
}
