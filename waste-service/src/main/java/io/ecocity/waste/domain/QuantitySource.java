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

    /**
     * How many days of {@code from..to} the sums actually hold; the pace of the year is measured over them.
     * A source of monthly figures holds only the months that were reported (on 15 May, with January to April
     * reported, 120 days), and the days it does not hold are still to come. By default, every day of the range.
     */
    default long daysCovered(LocalDate fromInclusive, LocalDate toInclusive) {
        return toInclusive.toEpochDay() - fromInclusive.toEpochDay() + 1;
    }
}
