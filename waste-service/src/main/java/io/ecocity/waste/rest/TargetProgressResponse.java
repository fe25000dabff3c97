package io.ecocity.waste.rest;

import io.ecocity.waste.domain.Checkpoint;
import io.ecocity.waste.domain.IndicatorValue;
import io.ecocity.waste.domain.RemainingRequirement;
import io.ecocity.waste.service.TargetProgressView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A yearly target's progress on a day, as announced on waste.targets, with the parts behind it")
public record TargetProgressResponse(
        int year,
        LocalDate asOf,
        @Schema(enumeration = {"CITY", "TOWN"}) String scope,
        String town,
        String indicatorCode,
        String nameZh,
        String nameEn,
        String unit,
        String direction,
        BigDecimal target,
        String targetLabel,
        @Schema(description = "Year to date; null when it cannot be computed") BigDecimal value,
        String absenceReason,
        String valueLabel,
        @Schema(enumeration = {"ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_ASSESSABLE"}) String status,
        String statusReason,
        @Schema(description = "What the figures not yet reported must achieve for the year to meet the target") Remaining remaining,
        List<CheckpointResponse> checkpoints,
        String catalogueVersion) {

    @Schema(name = "TargetRemaining", description = "N and D are the year-to-date numerator and denominator of the rate; "
            + "expectedRemainingDenominator is projected at the year-to-date pace over the days not yet reported")
    public record Remaining(BigDecimal yearToDateNumerator, BigDecimal yearToDateDenominator,
            BigDecimal expectedRemainingDenominator, BigDecimal requiredRate, boolean achievable, String label) {
    }

    @Schema(name = "TargetCheckpoint", description = "以周保月、以月保季、以季保年: the week, month and quarter to date against the "
            + "yearly target rate (a period that keeps the rate keeps the year's)")
    public record CheckpointResponse(String period, String label, LocalDate from, LocalDate to, BigDecimal value,
            String absenceReason, BigDecimal requiredPace,
            @Schema(enumeration = {"ON_PACE", "BEHIND_PACE", "NO_DATA"}) String status) {
    }

    static TargetProgressResponse of(TargetProgressView view) {
        var target = view.target();
        var indicator = view.indicator();
        var progress = view.progress();
        IndicatorValue ytd = progress == null ? null : progress.yearToDate();
        RemainingRequirement remaining = progress == null ? null : progress.remaining();
        return new TargetProgressResponse(target.year, progress == null ? null : progress.day(), view.scope().kind(), target.town,
                target.indicatorCode, indicator == null ? null : indicator.nameZh(), indicator == null ? null : indicator.nameEn(),
                indicator == null ? null : indicator.unit(), indicator == null ? null : indicator.direction().name(),
                target.targetValue.stripTrailingZeros(), view.targetLabel(), ytd == null ? null : ytd.value(),
                ytd == null || ytd.isPresent() ? null : ytd.absenceReason().name(), view.valueLabel(), view.status(),
                progress == null ? view.unavailableReason() : progress.statusReason(),
                remaining == null ? null : new Remaining(remaining.yearToDateNumerator(), remaining.yearToDateDenominator(),
                        remaining.expectedRemainingDenominator(), remaining.requiredRate(), remaining.achievable(),
                        view.allowanceLabel()),
                view.checkpoints().stream().map(c -> checkpointOf(c, target.targetValue)).toList(), view.catalogueVersion());
    }

    private static CheckpointResponse checkpointOf(Checkpoint c, BigDecimal target) {
        return new CheckpointResponse(c.period().name(), TargetProgressView.label(c), c.from(), c.to(), c.value().value(),
                c.value().isPresent() ? null : c.value().absenceReason().name(), target.stripTrailingZeros(),
                TargetProgressView.paceStatus(c.status()));
    }
}
