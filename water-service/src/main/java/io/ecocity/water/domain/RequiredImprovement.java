package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rest of the year must bring for one item so that its annual mean reaches the target limit.
 *
 * @param requiredMean absent when no sample remains
 * @param displayedRequiredMean rounded in the safe direction (down for a maximum, up for a minimum)
 * @param attainable whether a physically possible mean of the remaining samples suffices
 */
public record RequiredImprovement(
        WaterQualityItem item,
        MeanBound bound,
        BigDecimal targetLimit,
        BigDecimal currentMean,
        int samplesDone,
        BigDecimal sumDone,
        int samplesRemaining,
        Optional<BigDecimal> requiredMean,
        Optional<BigDecimal> displayedRequiredMean,
        boolean attainable) {

    public RequiredImprovement {
        Objects.requireNonNull(item);
        Objects.requireNonNull(bound);
        Objects.requireNonNull(targetLimit);
        Objects.requireNonNull(currentMean);
        Objects.requireNonNull(sumDone);
        Objects.requireNonNull(requiredMean);
        Objects.requireNonNull(displayedRequiredMean);
    }
}
