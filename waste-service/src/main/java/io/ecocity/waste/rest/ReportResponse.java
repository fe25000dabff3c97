package io.ecocity.waste.rest;

import io.ecocity.support.api.BeijingTime;
import io.ecocity.waste.repository.MonthlyReportEntity;
import io.ecocity.waste.repository.ReportQuantityEntity;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** A town's month as stored: every quantity reported so far, and how often it was corrected. */
public record ReportResponse(String town, String month, long revision, Map<String, BigDecimal> quantities,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, String lastSource) {

    static ReportResponse of(MonthlyReportEntity report, Collection<ReportQuantityEntity> quantities) {
        Map<String, BigDecimal> figures = new TreeMap<>();
        quantities.forEach(q -> figures.put(q.quantityKey, q.tonnes.stripTrailingZeros()));
        return new ReportResponse(report.town, YearMonth.from(report.monthStart).toString(), report.revision, figures,
                BeijingTime.of(report.createdAt), BeijingTime.of(report.updatedAt), report.lastSource);
    }
}
