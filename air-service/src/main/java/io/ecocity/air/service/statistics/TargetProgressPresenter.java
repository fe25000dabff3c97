package io.ecocity.air.service.statistics;

import io.ecocity.air.domain.assessment.AnnualProgressReport;
import io.ecocity.air.domain.assessment.Checkpoint;
import io.ecocity.air.domain.assessment.CheckpointPeriod;
import io.ecocity.air.domain.assessment.ExactFraction;
import io.ecocity.air.domain.assessment.IndicatorProgress;
import io.ecocity.events.common.TargetProgress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the domain's progress report into the {@code target-progress.v1} payloads, one per target. Exact values
 * decide the status; the published numbers are rounded once. An allowance is a maximum the rest of the year may
 * use, so it is rounded down; a required good-day pace is a minimum, so it is rounded up.
 */
public final class TargetProgressPresenter {

    private TargetProgressPresenter() {
    }

    public static List<TargetProgress> payloads(TargetProgressService.Progress progress) {
        AnnualProgressReport report = progress.report();
        List<TargetProgress> payloads = new ArrayList<>();
        for (IndicatorProgress indicator : report.indicators()) {
            payloads.add(payload(progress, indicator));
        }
        return payloads;
    }

    static TargetProgress payload(TargetProgressService.Progress progress, IndicatorProgress indicator) {
        AnnualProgressReport report = progress.report();
        AirTargetIndicator code = AirTargetIndicator.of(indicator.indicator());
        StatisticsScope scope = progress.scope();
        BigDecimal value = indicator.yearToDate().map(code::round).orElse(null);
        BigDecimal allowance = indicator.remainingAllowance().map(a -> roundAllowance(code, a)).orElse(null);
        List<TargetProgress.Checkpoint> checkpoints = new ArrayList<>();
        for (Checkpoint checkpoint : report.checkpoints()) {
            checkpoint.indicators().stream().filter(p -> p.indicator() == indicator.indicator()).findFirst()
                    .ifPresent(pace -> checkpoints.add(new TargetProgress.Checkpoint(periodCode(checkpoint.period()),
                            checkpoint.label(), checkpoint.from(), checkpoint.to(),
                            pace.periodValue().map(code::round).orElse(null),
                            pace.requiredPace().rounded(code.scale(),
                                    code.indicator().lowerIsBetter() ? RoundingMode.FLOOR : RoundingMode.CEILING),
                            pace.status().name())));
        }
        return new TargetProgress("air", progress.year(), report.asOf(), scope.kind().name(),
                scope.kind() == StatisticsScope.Kind.CITY ? null : scope.id(), code.name(), code.displayName(),
                code.unit(), code.direction(), indicator.target(), code.targetLabel(indicator.target()), value,
                value == null ? null : code.withUnit(value),
                indicator.projectedYearEnd().map(code::round).orElse(null), indicator.status().name(), allowance,
                allowanceLabel(code, indicator, allowance, report.remainingDays()), checkpoints);
    }

    /** The event key on air.targets: {@code <year>:<scope>:<indicator>}. */
    public static String key(TargetProgress payload, StatisticsScope scope) {
        return payload.year() + ":" + scope.key() + ":" + payload.indicator();
    }

    private static BigDecimal roundAllowance(AirTargetIndicator code, ExactFraction allowance) {
        return code == AirTargetIndicator.PM25_MEAN
                ? allowance.rounded(1, RoundingMode.FLOOR)
                : allowance.rounded(0, RoundingMode.FLOOR);
    }

    private static String periodCode(CheckpointPeriod period) {
        return switch (period) {
            case ISO_WEEK -> "WEEK";
            case MONTH -> "MONTH";
            case QUARTER -> "QUARTER";
        };
    }

    /** What the allowance means, in words, for the dashboards that show it without knowing the rules. */
    static String allowanceLabel(AirTargetIndicator code, IndicatorProgress indicator, BigDecimal allowance,
                                 int remainingDays) {
        String target = code.targetLabel(indicator.target());
        if (code == AirTargetIndicator.COMPOSITE_INDEX) {
            return "no allowance: the index mixes means and percentiles of six pollutants, so no single figure for "
                    + "the rest of the year decides it"
                    + indicator.bestAchievableYearEnd().map(b -> "; best achievable year-end value "
                    + code.round(b).toPlainString()).orElse("");
        }
        if (allowance == null) {
            return "the year is complete: no days remain";
        }
        boolean lost = allowance.signum() < 0;
        return switch (code) {
            case PM25_MEAN -> lost
                    ? "target " + target + " already lost: the remaining " + remainingDays
                    + " days would need a negative mean PM2.5 (" + allowance.toPlainString() + " µg/m³)"
                    : "the remaining " + remainingDays + " days may average at most " + allowance.toPlainString()
                    + " µg/m³ PM2.5 for the year to meet " + target;
            case GOOD_DAY_RATIO -> lost
                    ? "target " + target + " already lost: " + allowance.negate().toPlainString()
                    + " non-good days too many even if every remaining day is good"
                    : allowance.toPlainString() + " more non-good days (AQI above 100) can be afforded in the remaining "
                    + remainingDays + " days to meet " + target;
            case O3_P90 -> lost
                    ? "target " + target + " already lost: " + allowance.negate().toPlainString()
                    + " days with O3 above the target too many"
                    : allowance.toPlainString() + " more days with O3 8h above " + code.withUnit(indicator.target())
                    + " can surely be afforded this year";
            case HEAVY_POLLUTION_DAYS -> lost
                    ? "target " + target + " exceeded by " + allowance.negate().toPlainString() + " heavily polluted days"
                    : allowance.toPlainString() + " more heavily polluted days (AQI level 5–6) are allowed this year";
            case COMPOSITE_INDEX -> throw new IllegalStateException("handled above");
        };
    }
}
