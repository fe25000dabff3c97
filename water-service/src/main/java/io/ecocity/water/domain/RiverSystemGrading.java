package io.ecocity.water.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * @param meanAssessment the classified per-indicator means, present for {@link GradingMethod#SECTION_MEAN}
 */
public record RiverSystemGrading(
        WaterQualityStatus status,
        GradingMethod method,
        int sectionCount,
        Share goodShare,
        Share worseThanVShare,
        Optional<SampleAssessment> meanAssessment) {

    public RiverSystemGrading {
        Objects.requireNonNull(status);
        Objects.requireNonNull(method);
        Objects.requireNonNull(goodShare);
        Objects.requireNonNull(worseThanVShare);
        Objects.requireNonNull(meanAssessment);
    }
}
