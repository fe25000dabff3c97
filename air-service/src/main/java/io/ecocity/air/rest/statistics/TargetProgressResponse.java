package io.ecocity.air.rest.statistics;

import io.ecocity.air.domain.assessment.AnnualProgressReport;
import io.ecocity.air.domain.assessment.IndicatorProgress;
import io.ecocity.air.service.statistics.AirTargetIndicator;
import io.ecocity.air.service.statistics.TargetProgressPresenter;
import io.ecocity.air.service.statistics.TargetProgressService.Progress;
import io.ecocity.events.common.TargetProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Progress of a year's targets on one day (asOf). Leap years count 366 days.")
public record TargetProgressResponse(int year, LocalDate asOf,
                                     @Schema(enumeration = {"CITY", "TOWN"}) String scope,
                                     String town, int daysInYear, int elapsedDays, int remainingDays,
                                     List<IndicatorResponse> indicators) {

    public record IndicatorResponse(
            @Schema(enumeration = {"PM25_MEAN", "GOOD_DAY_RATIO", "COMPOSITE_INDEX", "O3_P90", "HEAVY_POLLUTION_DAYS"})
            String indicator,
            String name,
            String unit,
            @Schema(enumeration = {"HIGHER_IS_BETTER", "LOWER_IS_BETTER"}) String direction,
            BigDecimal target,
            String targetLabel,
            @Schema(description = "1 January to asOf") BigDecimal yearToDate,
            BigDecimal projectedYearEnd,
            @Schema(description = "YEAR_COMPLETE; SEASONAL_ADJUSTMENT_FROM_LAST_YEAR (YTD × last full year ÷ last "
                    + "year's same days for concentrations and the index; YTD + last year's change after the same date "
                    + "for the good-day ratio and heavily polluted days); YEAR_TO_DATE_AS_IS; PRO_RATA (heavily polluted "
                    + "days without last year's data)") String projectionMethod,
            @Schema(description = "the year-end value if every remaining day were clean") BigDecimal bestAchievableYearEnd,
            @Schema(enumeration = {"ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_ASSESSABLE"}) String status,
            BigDecimal remainingAllowance,
            String allowanceLabel,
            List<TargetProgress.Checkpoint> checkpoints) {
    }

    static TargetProgressResponse of(Progress progress) {
        AnnualProgressReport report = progress.report();
        List<TargetProgress> payloads = TargetProgressPresenter.payloads(progress);
        List<IndicatorResponse> indicators = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            TargetProgress p = payloads.get(i);
            IndicatorProgress domain = report.indicators().get(i);
            AirTargetIndicator code = AirTargetIndicator.of(domain.indicator());
            indicators.add(new IndicatorResponse(p.indicator(), p.name(), p.unit(), p.direction(), p.target(),
                    p.targetLabel(), p.value(), p.projected(), domain.projectionMethod().name(),
                    domain.bestAchievableYearEnd().map(code::round).orElse(null), p.status(), p.remainingAllowance(),
                    p.allowanceLabel(), p.checkpoints()));
        }
        return new TargetProgressResponse(progress.year(), report.asOf(), progress.scope().kind().name(),
                progress.scope().kind().name().equals("TOWN") ? progress.scope().id() : null, report.daysInYear(),
                report.elapsedDays(), report.remainingDays(), indicators);
    }
}
