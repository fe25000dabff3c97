package io.ecocity.air.domain.assessment;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One target's progress as of a day. {@code remainingAllowance} is explained per indicator on
 * {@link TargetIndicator}; it is empty for the composite index and once the year is over (except heavily
 * polluted days). {@code bestAchievableYearEnd} is the year-end value if every remaining day were clean.
 */
public record IndicatorProgress(TargetIndicator indicator, BigDecimal target, Optional<ExactFraction> yearToDate,
                                Optional<ExactFraction> projectedYearEnd, ProjectionMethod projectionMethod,
                                Optional<ExactFraction> remainingAllowance,
                                Optional<ExactFraction> bestAchievableYearEnd, TargetStatus status) {
}
