package io.ecocity.events.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Payload of schema {@code target-progress.v1}: Progress of one annual target on a day.
 */
public record TargetProgress(
        String domain,
        long year,
        LocalDate asOf,
        String scope,
        String scopeId,
        String indicator,
        String name,
        String unit,
        String direction,
        BigDecimal target,
        String targetLabel,
        BigDecimal value,
        String valueLabel,
        BigDecimal projected,
        String status,
        BigDecimal remainingAllowance,
        String allowanceLabel,
        List<Checkpoint> checkpoints) {

    public record Checkpoint(
            String period,
            String label,
            LocalDate from,
            LocalDate to,
            BigDecimal value,
            BigDecimal requiredPace,
            String status) {
    }
}
