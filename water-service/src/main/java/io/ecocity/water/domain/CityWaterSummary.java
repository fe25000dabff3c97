package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A city's sections over a period. Sections without a class (nothing evaluated) are left out of every
 * denominator; sections without a target are left out of the target share only.
 *
 * @param goodPercent 水质优良比例 as displayed, absent when no section was assessed
 */
public record CityWaterSummary(
        int sectionsAssessed,
        Share goodShare,
        Share worseThanVShare,
        Share meetingTargetShare,
        Optional<BigDecimal> goodPercent,
        Optional<BigDecimal> worseThanVPercent,
        Optional<BigDecimal> meetingTargetPercent,
        List<SectionOutcome> sections) {

    public CityWaterSummary {
        Objects.requireNonNull(goodShare);
        Objects.requireNonNull(worseThanVShare);
        Objects.requireNonNull(meetingTargetShare);
        Objects.requireNonNull(goodPercent);
        Objects.requireNonNull(worseThanVPercent);
        Objects.requireNonNull(meetingTargetPercent);
        sections = List.copyOf(sections);
    }
}
