package io.ecocity.waste.rest;

import io.ecocity.waste.domain.IndicatorComputation;
import io.ecocity.waste.domain.IndicatorDefinition;
import io.ecocity.waste.domain.IndicatorValue;
import io.ecocity.waste.service.IndicatorFigure;
import io.ecocity.waste.service.IndicatorReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Every indicator of the catalogue in force for the city or one town over one period")
public record IndicatorReportResponse(
        @Schema(enumeration = {"CITY", "TOWN"}) String scope,
        String town,
        @Schema(example = "2023-Q2") String period,
        LocalDate from,
        LocalDate to,
        @Schema(description = "Reporting months lying wholly within the period; a week or part of a month holds none")
        List<String> months,
        LocalDate lastYearFrom,
        LocalDate lastYearTo,
        String catalogueVersion,
        List<IndicatorValueResponse> indicators) {

    @Schema(description = "One indicator. value is null when it cannot be computed (never shown as 0 % or 100 %): "
            + "absenceReason NO_DATA (a quantity it needs was not reported) or ZERO_DENOMINATOR, with an explanation.")
    public record IndicatorValueResponse(
            String code,
            String nameZh,
            String nameEn,
            String unit,
            String direction,
            boolean mandatory,
            String verification,
            String formula,
            BigDecimal value,
            @Schema(enumeration = {"NO_DATA", "ZERO_DENOMINATOR"}) String absenceReason,
            String explanation,
            @Schema(description = "Town-month reports the value rests on: those carrying a quantity the formula reads")
            int reportsUsed,
            List<String> monthsReported,
            List<String> townsReported,
            BigDecimal lastYearValue,
            String lastYearAbsenceReason,
            @Schema(description = "value − lastYearValue in the indicator's unit (percentage points for a rate)")
            BigDecimal changeFromLastYear,
            @Schema(description = "The yearly target of the period's year and scope, if one is set") BigDecimal target,
            Boolean meetsTarget) {
    }

    static IndicatorReportResponse of(IndicatorReport report) {
        return new IndicatorReportResponse(report.scope().kind(), report.scope().town(), report.period().label(),
                report.period().from(), report.period().to(), report.months().stream().map(YearMonth::toString).toList(),
                report.lastYearPeriod().from(), report.lastYearPeriod().to(), report.catalogueVersion(),
                report.indicators().stream().map(IndicatorReportResponse::valueOf).toList());
    }

    private static IndicatorValueResponse valueOf(IndicatorFigure figure) {
        IndicatorDefinition d = figure.indicator();
        IndicatorComputation current = figure.current();
        IndicatorValue value = current.value();
        IndicatorValue lastYear = figure.lastYear().value();
        return new IndicatorValueResponse(d.code(), d.nameZh(), d.nameEn(), d.unit(), d.direction().name(), d.mandatory(),
                d.verification().name(), d.formula(), value.value(), reason(value), value.explanation(), current.reportsUsed(),
                current.months().stream().map(YearMonth::toString).toList(), List.copyOf(current.towns()),
                lastYear.value(), reason(lastYear), figure.changeFromLastYear(),
                figure.target() == null ? null : figure.target().stripTrailingZeros(), figure.meetsTarget());
    }

    private static String reason(IndicatorValue value) {
        return value.isPresent() ? null : value.absenceReason().name();
    }
}
