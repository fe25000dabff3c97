package io.ecocity.air.rest.statistics;

import io.ecocity.air.domain.Pollutant;
import io.ecocity.air.domain.assessment.PeriodAssessment;
import io.ecocity.air.service.statistics.ReportedFigures;
import io.ecocity.air.service.statistics.StatisticsScope;
import io.ecocity.air.service.statistics.StatisticsService.RankedScope;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One station or town in a ranking, best (lowest) first. Ranks compare the published figures "
        + "(index 2 decimals, PM2.5 integer), so equal figures share a rank (1, 2, 2, 4); a scope without the ranked "
        + "figure has no rank and comes last.")
public record RankingEntry(
        Integer rank,
        @Schema(enumeration = {"TOWN", "STATION"}) String scope,
        String stationId,
        String stationName,
        String town,
        Boolean assessed,
        @Schema(description = "the composite index or PM2.5 mean the ranking orders by") BigDecimal rankedValue,
        BigDecimal compositeIndex,
        List<String> largestSubIndex,
        @Schema(description = "µg/m³") BigDecimal pm25Mean,
        @Schema(description = "percent") BigDecimal goodDayRatio,
        int validAqiDays,
        boolean completenessMet) {

    static RankingEntry of(RankedScope r, ReportedFigures figures) {
        PeriodAssessment a = r.assessment();
        boolean station = r.scope().kind() == StatisticsScope.Kind.STATION;
        return new RankingEntry(r.rank(), r.scope().kind().name(), station ? r.scope().id() : null,
                r.station() == null ? null : r.station().name,
                station ? (r.station() == null ? null : r.station().town) : r.scope().id(),
                r.station() == null ? null : r.station().assessed, r.rankedValue(),
                a.compositeIndex().total().map(figures.precision()::compositeIndex).orElse(null),
                PeriodStatisticsResponse.names(a.compositeIndex().largestSubIndex()),
                a.pollutant(Pollutant.PM25).mean().map(m -> figures.precision().concentration(Pollutant.PM25, m)).orElse(null),
                a.aqiDays().goodDayRatioPercent().map(figures.precision()::percent).orElse(null),
                a.aqiDays().validAqiDays(), a.meetsDataMinimums());
    }
}
