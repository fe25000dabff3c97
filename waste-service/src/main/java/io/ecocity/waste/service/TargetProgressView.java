package io.ecocity.waste.service;

import io.ecocity.events.common.TargetProgress;
import io.ecocity.waste.domain.Checkpoint;
import io.ecocity.waste.domain.CheckpointPeriod;
import io.ecocity.waste.domain.IndicatorDefinition;
import io.ecocity.waste.domain.IndicatorDirection;
import io.ecocity.waste.domain.RemainingRequirement;
import io.ecocity.waste.domain.TargetStatus;
import io.ecocity.waste.repository.TargetEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * A target's progress on a day, in the vocabulary the suite shares with air and water: status ON_TRACK, AT_RISK,
 * OFF_TRACK or NOT_ASSESSABLE; checkpoints ON_PACE, BEHIND_PACE or NO_DATA against the pace the year needs, which
 * for a rate is the yearly target itself (a week, month or quarter that keeps the target rate keeps the year's).
 * {@code progress} is null when the indicator is no longer in the catalogue in force.
 */
public record TargetProgressView(TargetEntity target, IndicatorDefinition indicator, io.ecocity.waste.domain.TargetProgress progress,
        String catalogueVersion, String unavailableReason) {

    public WasteScope scope() {
        return target.town == null ? WasteScope.city() : WasteScope.of(target.town);
    }

    public String status() {
        if (progress == null || progress.status() == TargetStatus.NO_DATA) {
            return "NOT_ASSESSABLE";
        }
        return progress.status().name();
    }

    public static String paceStatus(TargetStatus checkpointStatus) {
        return switch (checkpointStatus) {
            case ON_TRACK -> "ON_PACE";
            case AT_RISK, OFF_TRACK -> "BEHIND_PACE";
            case NO_DATA -> "NO_DATA";
        };
    }

    public String targetLabel() {
        String unit = indicator == null ? "" : " " + indicator.unit();
        String comparison = indicator == null ? "" : indicator.direction() == IndicatorDirection.HIGHER_IS_BETTER ? "≥ " : "≤ ";
        return comparison + target.targetValue.stripTrailingZeros().toPlainString() + unit;
    }

    public String valueLabel() {
        if (progress == null) {
            return unavailableReason;
        }
        return progress.yearToDate().isPresent()
                ? progress.yearToDate().value().toPlainString() + " " + indicator.unit()
                : "no value: " + progress.yearToDate().explanation();
    }

    /** What the figures not yet reported must achieve (a rate is the indicator's unit); null when it cannot be said. */
    public BigDecimal requiredRate() {
        return progress == null || progress.remaining() == null ? null : progress.remaining().requiredRate();
    }

    public String allowanceLabel() {
        RemainingRequirement remaining = progress == null ? null : progress.remaining();
        if (remaining == null) {
            return null;
        }
        if (remaining.requiredRate() == null) {
            return "every month of the year is reported; nothing remains to change the year's value";
        }
        String bound = indicator.direction() == IndicatorDirection.HIGHER_IS_BETTER ? "at least " : "at most ";
        return "the months not yet reported need " + bound + remaining.requiredRate().toPlainString() + " " + indicator.unit()
                + " over an expected " + remaining.expectedRemainingDenominator().stripTrailingZeros().toPlainString()
                + " t (" + (remaining.achievable() ? "feasible" : "not feasible") + ")";
    }

    /** The week, month and quarter to date (the year to date is the progress itself). */
    public List<Checkpoint> checkpoints() {
        return progress == null ? List.of()
                : progress.checkpoints().stream().filter(c -> c.period() != CheckpointPeriod.YEAR).toList();
    }

    public static String label(Checkpoint checkpoint) {
        LocalDate day = checkpoint.to();
        return switch (checkpoint.period()) {
            case WEEK -> String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> day.getYear() + "-" + String.format("%02d", day.getMonthValue());
            case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(day.getYear());
        };
    }

    /** The payload of ecocity.waste.target-progress.v1. */
    public TargetProgress toEvent() {
        WasteScope scope = scope();
        BigDecimal value = progress.yearToDate().value();
        BigDecimal target = this.target.targetValue.stripTrailingZeros();
        List<TargetProgress.Checkpoint> checkpoints = checkpoints().stream()
                .map(c -> new TargetProgress.Checkpoint(c.period().name(), label(c), c.from(), c.to(), c.value().value(),
                        target, paceStatus(c.status())))
                .toList();
        // Projected at the year-to-date pace of numerator and denominator alike, a rate ends the year where it stands.
        return new TargetProgress("waste", this.target.year, progress.day(), scope.kind(), scope.town(), indicator.code(),
                indicator.nameZh(), indicator.unit(), indicator.direction().name(), target, targetLabel(), value,
                valueLabel(), value, status(), requiredRate(), allowanceLabel(), checkpoints);
    }

    /** {@code year:CITY:code} or {@code year:TOWN:<town>:code}. */
    public String eventKey() {
        return target.year + ":" + scope().key() + ":" + target.indicatorCode;
    }
}
