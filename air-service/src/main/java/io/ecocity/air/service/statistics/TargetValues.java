package io.ecocity.air.service.statistics;

import io.ecocity.air.domain.assessment.AnnualTargets;
import io.ecocity.air.repository.statistics.AnnualTargetEntity;
import java.math.BigDecimal;

/** A year's targets of one scope; a null value is no target for that indicator. */
public record TargetValues(BigDecimal pm25Mean, BigDecimal goodDayRatio, BigDecimal compositeIndex, BigDecimal o3P90,
                           Integer heavyPollutionDays) {

    public static TargetValues of(AnnualTargetEntity entity) {
        return new TargetValues(entity.pm25Mean, entity.goodDayRatio, entity.compositeIndex, entity.o3P90,
                entity.heavyPollutionDays);
    }

    public AnnualTargets toDomain() {
        return AnnualTargets.of(pm25Mean, goodDayRatio, compositeIndex, o3P90, heavyPollutionDays);
    }

    public boolean isEmpty() {
        return pm25Mean == null && goodDayRatio == null && compositeIndex == null && o3P90 == null
                && heavyPollutionDays == null;
    }

    boolean sameAs(AnnualTargetEntity entity) {
        return same(pm25Mean, entity.pm25Mean) && same(goodDayRatio, entity.goodDayRatio)
                && same(compositeIndex, entity.compositeIndex) && same(o3P90, entity.o3P90)
                && java.util.Objects.equals(heavyPollutionDays, entity.heavyPollutionDays);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
