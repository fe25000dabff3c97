package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A week, month or quarter held against the annual targets ("以周保月、以月保季、以季保年"). */
public record PeriodCheckpoint(
        AssessmentPeriod period,
        List<SectionCheckpoint> sections,
        Share goodShare,
        Optional<BigDecimal> goodPercent,
        boolean meetsGoodShareTarget,
        int worseThanVSections,
        boolean withinWorseThanVAllowance) {

    public PeriodCheckpoint {
        Objects.requireNonNull(period);
        sections = List.copyOf(sections);
        Objects.requireNonNull(goodShare);
        Objects.requireNonNull(goodPercent);
    }
}
