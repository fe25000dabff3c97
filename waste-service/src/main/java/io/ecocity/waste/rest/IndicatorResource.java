package io.ecocity.waste.rest;

import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.api.ReportingPeriod;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.waste.service.IndicatorService;
import io.ecocity.waste.service.WasteRules;
import io.ecocity.waste.service.WasteScope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/waste/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Zero-waste indicators computed from the monthly reports")
public class IndicatorResource {

    private static final String PERIOD_RULES = " Period: period=2023, 2023-Q2, 2023-05, 2023-W18 or ytd, or from/to "
            + "(inclusive Beijing days). Figures are monthly, so a period counts the months lying wholly within it (a week "
            + "holds none: NO_DATA). A value is the catalogue formula over the period's sums, not a mean of monthly rates; "
            + "it rests on the town-month reports that carry its quantities, and a quantity missing from one of them makes "
            + "it NO_DATA. lastYearValue covers the same days a year before.";

    private final IndicatorService service;
    private final WasteRules rules;

    public IndicatorResource(IndicatorService service, WasteRules rules) {
        this.service = service;
        this.rules = rules;
    }

    @GET
    @Operation(summary = "Every indicator for the city, or for one town, over a period",
            description = "Without town, the city: the sum of every town's figures." + PERIOD_RULES)
    public IndicatorReportResponse indicators(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("town") String town) {
        if (town != null && !rules.isKnownTown(town)) {
            throw new InvalidInputException("town", "unknown town '" + town + "'; GET /api/waste/towns lists the towns");
        }
        ReportingPeriod reportingPeriod = ReportingPeriod.parse(period, from, to, BeijingTime.today());
        return IndicatorReportResponse.of(service.compute(town == null ? WasteScope.city() : WasteScope.of(town), reportingPeriod));
    }

    @GET
    @Path("towns")
    @Operation(summary = "Every indicator for each town over a period", description = "Towns in configured order." + PERIOD_RULES)
    public List<IndicatorReportResponse> byTown(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        ReportingPeriod reportingPeriod = ReportingPeriod.parse(period, from, to, BeijingTime.today());
        return service.computeByTown(reportingPeriod).stream().map(IndicatorReportResponse::of).toList();
    }
}
