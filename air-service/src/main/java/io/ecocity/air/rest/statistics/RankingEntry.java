package io.ecocity.air.rest.statistics;

import io.ecocity.air.service.statistics.StatisticsScope;
import io.ecocity.air.service.statistics.StatisticsService.RankedScope;
import io.ecocity.air.service.statistics.StatisticsService.RankingFigures;
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

    static RankingEntry of(RankedScope r) {
        RankingFigures f = r.figures();
        boolean station = r.scope().kind() == StatisticsScope.Kind.STATION;
        return new RankingEntry(r.rank(), r.scope().kind().name(), station ? r.scope().id() : null,
                r.station() == null ? null : r.station().name,
                station ? (r.station() == null ? null : r.station().town) : r.scope().id(),
                r.station() == null ? null : r.station().assessed, r.rankedValue(), f.compositeIndex(),
                f.largestSubIndex(), f.pm25Mean(), f.goodDayRatio(), f.validAqiDays(), f.completenessMet());
    }
}
