package io.ecocity.air.domain.assessment;

import io.ecocity.air.domain.Pollutant;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One pollutant's part of the composite index: which period statistic C feeds it, the denominator S and the
 * weight. {@code percentileRank} is set only for {@link Statistic#DAILY_PERCENTILE}.
 */
public record CompositeIndexTerm(Pollutant pollutant, Statistic statistic, BigDecimal percentileRank,
                                 BigDecimal denominator, BigDecimal weight) {

    public enum Statistic {
        /** The mean of the period's valid daily values. */
        PERIOD_MEAN,
        /** A percentile of the period's valid daily values (CO 24h means, O3 daily max 8h). */
        DAILY_PERCENTILE
    }

    public CompositeIndexTerm {
        Objects.requireNonNull(pollutant, "pollutant");
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(weight, "weight");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException(pollutant + ": denominator must be positive");
        }
        if (weight.signum() < 0) {
            throw new IllegalArgumentException(pollutant + ": weight cannot be negative");
        }
        if ((statistic == Statistic.DAILY_PERCENTILE) != (percentileRank != null)) {
            throw new IllegalArgumentException(pollutant + ": a percentile rank goes with DAILY_PERCENTILE only");
        }
    }

    public CompositeIndexTerm withDenominator(BigDecimal newDenominator) {
        return new CompositeIndexTerm(pollutant, statistic, percentileRank, newDenominator, weight);
    }

    public CompositeIndexTerm withWeight(BigDecimal newWeight) {
        return new CompositeIndexTerm(pollutant, statistic, percentileRank, denominator, newWeight);
    }
}
