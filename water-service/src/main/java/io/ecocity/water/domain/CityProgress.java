package io.ecocity.water.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The city's year to date against its annual targets.
 *
 * @param yearToDateGoodShare over sections with a year-to-date class
 * @param goodShareTargetMet whether the displayed year-to-date share reaches the target today
 */
public record CityProgress(
        LocalDate day,
        AnnualWaterTargets targets,
        Share yearToDateGoodShare,
        Optional<BigDecimal> yearToDateGoodPercent,
        boolean goodShareTargetMet,
        int yearToDateWorseThanVSections,
        TrackStatus status,
        List<SectionProgress> sections) {

    public CityProgress {
        Objects.requireNonNull(day);
        Objects.requireNonNull(targets);
        Objects.requireNonNull(yearToDateGoodShare);
        Objects.requireNonNull(yearToDateGoodPercent);
        Objects.requireNonNull(status);
        sections = List.copyOf(sections);
    }
}
