package io.ecocity.waste.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Period sums of the reported quantities over inclusive Beijing days, supplied by the service layer
 * (see {@link IndicatorCalculator#sumReports} for how gaps make a quantity missing). With monthly reports
 * a range that holds no whole reporting month returns no quantities, and its checkpoint is NO_DATA.
 */
@FunctionalInterface
public interface QuantitySource {
    Map<String, BigDecimal> sumsBetween(LocalDate fromInclusive, LocalDate toInclusive);
}
