package io.ecocity.air.domain.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A week, month or quarter to date against the pace the annual targets need. The pace is what the days from
 * the period's start to year end must average, given the year before the period started:
 * PM2.5 — the remaining allowance as of the period start (µg/m³); good-day ratio — the share of good days the
 * rest of the year needs (%); heavily polluted days — the days still allowed, pro rata for the period's days so
 * far; composite index and O3 percentile — the annual target itself, as they do not add up over days.
 */
public record Checkpoint(CheckpointPeriod period, String label, LocalDate from, LocalDate to,
                         List<IndicatorPace> indicators) {

    public enum PaceStatus { ON_PACE, BEHIND_PACE, NO_DATA }

    public record IndicatorPace(TargetIndicator indicator, Optional<ExactFraction> periodValue,
                                ExactFraction requiredPace, PaceStatus status) {
    }

    public Checkpoint {
        indicators = List.copyOf(indicators);
    }
}
