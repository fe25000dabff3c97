package io.ecocity.gateway.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One annual target: its year-to-date value, status, remaining allowance, and the week, month "
        + "and quarter checkpoints (以周保月、以月保季、以季保年). Values and statuses are the domain service's.")
public record ScorecardItem(String domain, int year, LocalDate asOf,
        @Schema(enumeration = {"CITY", "TOWN", "SECTION"}) String scope,
        @Schema(description = "town or section id; null for the city") String scopeId,
        String indicator, String name, String unit,
        @Schema(enumeration = {"HIGHER_IS_BETTER", "LOWER_IS_BETTER"}) String direction,
        BigDecimal value, String valueLabel, BigDecimal target, String targetLabel,
        @Schema(description = "projected year-end value") BigDecimal projected,
        @Schema(enumeration = {"ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_ASSESSABLE"}) String status,
        BigDecimal remainingAllowance, String allowanceLabel, List<Checkpoint> checkpoints) {

    public record Checkpoint(@Schema(enumeration = {"WEEK", "MONTH", "QUARTER"}) String period,
            @Schema(description = "e.g. 2026-W48, 2026-11, 2026-Q4") String label, LocalDate from, LocalDate to,
            BigDecimal value, @Schema(description = "what the period needs for the annual target") BigDecimal requiredPace,
            @Schema(enumeration = {"ON_PACE", "BEHIND_PACE", "NO_DATA"}) String status) {
    }

    @Schema(description = "Every target of every domain for a year.")
    public record Scorecard(int year, long onTrack, long atRisk, long offTrack, long notAssessable,
            List<ScorecardItem> items) {
    }
}
