package io.ecocity.water.rest;

import io.ecocity.support.api.BeijingTime;
import io.ecocity.water.domain.WaterBodyType;
import io.ecocity.water.repository.SectionEntity;
import io.ecocity.water.repository.SectionLevel;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

public record SectionResponse(String sectionId, String name, String river, WaterBodyType waterBodyType,
        SectionLevel level, String town, String targetClass, BigDecimal latitude, BigDecimal longitude,
        boolean assessed, long revision, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static SectionResponse of(SectionEntity s) {
        return new SectionResponse(s.sectionId, s.name, s.river, s.waterBodyType, s.level, s.town, s.targetClass.name(),
                s.latitude, s.longitude, s.assessed, s.revision, BeijingTime.of(s.createdAt), BeijingTime.of(s.updatedAt));
    }
}
