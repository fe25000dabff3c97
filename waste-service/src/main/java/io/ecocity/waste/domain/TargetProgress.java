package io.ecocity.waste.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Progress of a yearly target on {@code day}.
 *
 * @param remaining null when the indicator is not a ratio or the year-to-date parts are missing
 */
public record TargetProgress(
        WasteTarget target,
        LocalDate day,
        IndicatorValue yearToDate,
        TargetStatus status,
        String statusReason,
        RemainingRequirement remaining,
        List<Checkpoint> checkpoints) {
}
