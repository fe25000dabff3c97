package io.ecocity.air.domain.assessment;

import java.time.LocalDate;
import java.util.List;

/** Progress against the annual targets as of one day of the year. */
public record AnnualProgressReport(int year, LocalDate asOf, int daysInYear, int elapsedDays, int remainingDays,
                                   PeriodAssessment yearToDate, List<IndicatorProgress> indicators,
                                   List<Checkpoint> checkpoints) {

    public AnnualProgressReport {
        indicators = List.copyOf(indicators);
        checkpoints = List.copyOf(checkpoints);
    }

    public IndicatorProgress indicator(TargetIndicator indicator) {
        return indicators.stream().filter(i -> i.indicator() == indicator).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no target set for " + indicator));
    }

    public Checkpoint checkpoint(CheckpointPeriod period) {
        return checkpoints.stream().filter(c -> c.period() == period).findFirst().orElseThrow();
    }
}
