package io.ecocity.air.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A statistic over hourly values with its validity. The period holds the hourly values labelled in
 * (periodStart, periodEnd]. {@code coverage} counts what the validity rule counts (hourly values, or valid 8-hour
 * values for {@link ConcentrationStatistic#DAILY_MAX_EIGHT_HOUR}) against {@code requiredCoverage}.
 * {@code concentration} is present only when the statistic is valid; an invalid statistic has none (never zero).
 * A daily maximum 8-hour value can be valid below its required coverage when it already exceeds the limit.
 */
public record AveragedConcentration(Pollutant pollutant, ConcentrationStatistic statistic, Instant periodStart,
                                    Instant periodEnd, Optional<BigDecimal> concentration, int coverage,
                                    int requiredCoverage) {

    public AveragedConcentration {
        Objects.requireNonNull(pollutant, "pollutant");
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(concentration, "concentration");
        if (coverage < 0) {
            throw new IllegalArgumentException("negative coverage " + coverage);
        }
    }

    public boolean valid() {
        return concentration.isPresent();
    }
}
