package io.ecocity.waste.domain;

import java.time.LocalDate;

/** The indicator over a period-to-date ({@code from}..{@code to}, inclusive) measured against the yearly target. */
public record Checkpoint(CheckpointPeriod period, LocalDate from, LocalDate to, IndicatorValue value, TargetStatus status) {
}
