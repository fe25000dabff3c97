package io.ecocity.water.rest;

import io.ecocity.support.api.BeijingTime;
import io.ecocity.water.repository.SampleEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

public record SampleResponse(String sectionId, OffsetDateTime sampledAt, LocalDate sampledOn,
        Map<String, BigDecimal> values, long revision, OffsetDateTime receivedAt) {

    static SampleResponse of(SampleEntity s) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        s.itemValues().forEach((item, value) -> values.put(item.code(), value));
        return new SampleResponse(s.sectionId, BeijingTime.of(s.sampledAt), s.sampledOn, values, s.revision,
                BeijingTime.of(s.receivedAt));
    }
}
