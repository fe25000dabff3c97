package io.ecocity.waste.service;

import io.ecocity.support.api.ReportingPeriod;
import java.time.YearMonth;
import java.util.List;

/**
 * Every indicator of the catalogue for one scope over one period. {@code months} are the reporting months the
 * period holds wholly: figures are monthly, so a week or a part of a month holds none.
 */
public record IndicatorReport(WasteScope scope, ReportingPeriod period, List<YearMonth> months, ReportingPeriod lastYearPeriod,
        String catalogueVersion, List<IndicatorFigure> indicators) {
}
