package io.ecocity.waste.service;

import io.ecocity.waste.domain.IndicatorComputation;
import io.ecocity.waste.domain.IndicatorDefinition;
import java.math.BigDecimal;

/**
 * One indicator over a period with the same period a year before and, when one is set for the period's year and
 * scope, its yearly target.
 */
public record IndicatorFigure(IndicatorDefinition indicator, IndicatorComputation current, IndicatorComputation lastYear,
        BigDecimal target) {

    /** Value minus last year's value, in the indicator's unit (percentage points for a rate); null if either is absent. */
    public BigDecimal changeFromLastYear() {
        if (!current.value().isPresent() || !lastYear.value().isPresent()) {
            return null;
        }
        return current.value().value().subtract(lastYear.value().value());
    }

    /** Whether the period's value meets the yearly target; null without a value or a target. */
    public Boolean meetsTarget() {
        if (target == null || !current.value().isPresent()) {
            return null;
        }
        return indicator.direction().meets(current.value().value(), target);
    }
}
