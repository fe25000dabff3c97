package io.ecocity.air.service.statistics;

import io.ecocity.air.domain.assessment.AnnualTargets;
import io.ecocity.air.repository.statistics.AnnualTargetEntity;
import java.math.BigDecimal;

/** A year's targets of one scope; a null value is no target for that indicator. */
public record TargetValues(BigDecimal pm25Mean, BigDecimal goodDayRatio, BigDecimal compositeIndex, BigDecimal o3P90,
                           Integer heavyPollutionDays) {

    public static TargetValues of(AnnualTargetEntity entity) {
        return new TargetValues(asEntered(entity.pm25Mean), asEntered(entity.goodDayRatio),
                asEntered(entity.compositeIndex), asEntered(entity.o3P90), entity.heavyPollutionDays);
    }

    /**
     * A target as it was entered: the column's fixed scale pads it with zeros ({@code 35.0000}) that nobody wrote,
     * so they are dropped again (never into an exponent: 100, not 1E+2).
     */
    public static BigDecimal asEntered(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
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
