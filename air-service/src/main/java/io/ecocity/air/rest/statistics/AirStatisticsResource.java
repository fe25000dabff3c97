package io.ecocity.air.rest.statistics;

import io.ecocity.air.config.statistics.AssessmentRules;
import io.ecocity.air.repository.StationEntity;
import io.ecocity.air.repository.StationRepository;
import io.ecocity.air.service.statistics.StatisticsScope;
import io.ecocity.air.service.statistics.StatisticsService;
import io.ecocity.air.service.statistics.StatisticsService.RankBy;
import io.ecocity.air.service.statistics.StatisticsService.RankedScope;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.api.Page;
import io.ecocity.support.api.PageRequest;
import io.ecocity.support.api.ReportingPeriod;
import io.ecocity.support.problem.InvalidInputException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/air/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Air statistics", description = "HJ 663 period statistics, year on year and rankings, computed from the "
        + "stored daily values (never from hourly data). Days, months and years are Beijing natural periods. The "
        + "composite index denominators and weights, the completeness minimums and the good-day and heavy-pollution "
        + "thresholds are configuration (ecocity.air.statistics.*), because the HJ 663-2026 assessment rules could "
        + "not be verified; the defaults are GB 3095-2012 Grade II unweighted (SO2 60, NO2 40, PM10 70, PM2.5 35, "
        + "CO 4, O3 160) and 324 days a year, 27 a month, 25 in February.")
public class AirStatisticsResource {

    private static final String PERIOD = "2022 (year), 2022-Q2, 2022-05, 2022-W18 (ISO week), ytd (1 January to today, "
            + "Beijing); or from and to (inclusive days)";

    private final StatisticsService statistics;
    private final StationRepository stations;
    private final AssessmentRules rules;

    public AirStatisticsResource(StatisticsService statistics, StationRepository stations, AssessmentRules rules) {
        this.statistics = statistics;
        this.stations = stations;
        this.rules = rules;
    }

    @GET
    @Path("city")
    @Operation(summary = "Statistics of the city over a period",
            description = "From the city's daily values (the daily assessment averages the assessed stations). Means; "
                    + "the 98th percentile of SO2 and NO2, 95th of PM10, PM2.5 and CO, 90th of O3 daily maximum 8-hour "
                    + "values; the composite index with each sub-index and the largest; good-day ratio (AQI ≤ 100 over "
                    + "days with a valid AQI), days per AQI level, days over the limit, primary-pollutant days; GB 3095 "
                    + "completeness. Every figure with the same period of the year before.")
    public PeriodStatisticsResponse city(@Parameter(description = PERIOD) @QueryParam("period") String period,
                                         @QueryParam("from") String from, @QueryParam("to") String to) {
        return respond(StatisticsScope.CITY, period, from, to, null);
    }

    @GET
    @Path("stations/{stationId}")
    @Operation(summary = "Statistics of one station over a period", description = "As for the city, from the station's "
            + "daily values. 404 for a station never registered and without daily values.")
    public PeriodStatisticsResponse station(@PathParam("stationId") String stationId,
                                            @Parameter(description = PERIOD) @QueryParam("period") String period,
                                            @QueryParam("from") String from, @QueryParam("to") String to) {
        return respond(StatisticsScope.station(stationId), period, from, to, stations.findById(stationId));
    }

    @GET
    @Path("towns/{town}")
    @Operation(summary = "Statistics of one town (镇街) over a period", description = "As for the city, from the town's "
            + "daily values (the daily assessment averages the town's stations). 404 for a town without stations and "
            + "daily values.")
    public PeriodStatisticsResponse town(@PathParam("town") String town,
                                         @Parameter(description = PERIOD) @QueryParam("period") String period,
                                         @QueryParam("from") String from, @QueryParam("to") String to) {
        return respond(StatisticsScope.town(town), period, from, to, null);
    }

    @GET
    @Path("rankings/stations")
    @Operation(summary = "Stations ranked by composite index or PM2.5",
            description = "Lowest (best) first, as provincial rankings order them. By default only assessed stations "
                    + "(评价点位); assessedOnly=false adds the others. Paged with limit (≤ 1000) and cursor.")
    public Page<RankingEntry> stationRanking(@Parameter(description = PERIOD) @QueryParam("period") String period,
                                             @QueryParam("from") String from, @QueryParam("to") String to,
                                             @Parameter(description = "COMPOSITE_INDEX (default) or PM25")
                                             @QueryParam("by") @DefaultValue("COMPOSITE_INDEX") String by,
                                             @QueryParam("assessedOnly") @DefaultValue("true") boolean assessedOnly,
                                             @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return ranking(StatisticsScope.Kind.STATION, period, from, to, by, assessedOnly, limit, cursor);
    }

    @GET
    @Path("rankings/towns")
    @Operation(summary = "Towns ranked by composite index or PM2.5",
            description = "From the towns' daily values, lowest (best) first. Paged with limit (≤ 1000) and cursor.")
    public Page<RankingEntry> townRanking(@Parameter(description = PERIOD) @QueryParam("period") String period,
                                          @QueryParam("from") String from, @QueryParam("to") String to,
                                          @Parameter(description = "COMPOSITE_INDEX (default) or PM25")
                                          @QueryParam("by") @DefaultValue("COMPOSITE_INDEX") String by,
                                          @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return ranking(StatisticsScope.Kind.TOWN, period, from, to, by, false, limit, cursor);
    }

    private PeriodStatisticsResponse respond(StatisticsScope scope, String period, String from, String to,
                                             StationEntity station) {
        ReportingPeriod reportingPeriod = ReportingPeriod.parse(period, from, to, BeijingTime.today());
        return PeriodStatisticsResponse.of(statistics.statistics(scope, reportingPeriod), station, statistics.figures(),
                rules.periodOptions().compositeIndex());
    }

    private Page<RankingEntry> ranking(StatisticsScope.Kind kind, String period, String from, String to, String by,
                                       boolean assessedOnly, Integer limit, String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        RankBy rankBy;
        try {
            rankBy = RankBy.valueOf(by);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("by", "by must be COMPOSITE_INDEX or PM25");
        }
        int offset = 0;
        if (page.after() != null) {
            try {
                offset = Integer.parseInt(page.after());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("cursor", "cursor is not one this API issued");
            }
        }
        ReportingPeriod reportingPeriod = ReportingPeriod.parse(period, from, to, BeijingTime.today());
        List<RankedScope> ranked = statistics.ranking(kind, reportingPeriod, rankBy, assessedOnly);
        int end = Math.min(ranked.size(), offset + page.limit());
        List<RankingEntry> items = ranked.subList(Math.min(offset, end), end).stream()
                .map(RankingEntry::of).toList();
        return new Page<>(items, end < ranked.size() ? PageRequest.encode(Integer.toString(end)) : null);
    }
}
