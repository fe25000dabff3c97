package io.ecocity.gateway.rest;

import io.ecocity.gateway.rest.ScorecardItem.Scorecard;
import io.ecocity.gateway.rest.TownViews.TownRanking;
import io.ecocity.gateway.rest.TownViews.TownView;
import io.ecocity.gateway.service.AlertService;
import io.ecocity.gateway.service.AnnualBulletinService;
import io.ecocity.gateway.service.CityChartsService;
import io.ecocity.gateway.service.CityOverviewService;
import io.ecocity.gateway.service.CityStream;
import io.ecocity.gateway.service.ScorecardService;
import io.ecocity.gateway.service.TownService;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.api.Page;
import io.ecocity.support.api.PageRequest;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.support.security.Caller;
import io.ecocity.support.security.Roles;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/city")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "City", description = "The combined city view, answered from the gateway's own store (built from the "
        + "domains' events); it never calls a domain service, so it answers while a service is down.")
public class CityResource {

    private final CityOverviewService overview;
    private final ScorecardService scorecard;
    private final TownService towns;
    private final AlertService alerts;
    private final AnnualBulletinService bulletin;
    private final CityStream stream;
    private final CityChartsService charts;
    private final Caller caller;

    public CityResource(CityOverviewService overview, ScorecardService scorecard, TownService towns,
            AlertService alerts, AnnualBulletinService bulletin, CityStream stream, CityChartsService charts,
                        Caller caller) {
        this.overview = overview;
        this.scorecard = scorecard;
        this.towns = towns;
        this.alerts = alerts;
        this.bulletin = bulletin;
        this.stream = stream;
        this.charts = charts;
        this.caller = caller;
    }

    @GET
    @Path("overview")
    @Operation(summary = "The city today", description = "Per domain, Beijing today: air (latest hourly city AQI with "
            + "level, colour and primary pollutant; today so far; year-to-date composite index, PM2.5 and good-day "
            + "ratio with target and status), water (each section's latest class against its target; year-to-date good "
            + "share against its target), waste (headline zero-waste indicators against targets; open and overdue "
            + "manifests), active alerts, and each domain's freshness: stale when its last event is older than its "
            + "cadence (configuration) or its service does not answer. Assembled when the view changed, at most once per "
            + "`ecocity.gateway.overview.max-age` (0.25 s): `generatedAt` is when; a change shows within that age.")
    public CityOverview overview() {
        return overview.overview();
    }

    @GET
    @Path("scorecard")
    @Operation(summary = "Every target of every domain", description = "Value, target, status, remaining allowance "
            + "and the week, month and quarter checkpoints (以周保月、以月保季、以季保年) of each annual target, as the "
            + "domain services last published them. Default year: the current Beijing year.")
    public Scorecard scorecard(@QueryParam("year") Integer year) {
        return scorecard.scorecard(yearOrDefault(year, 0));
    }

    @GET
    @Path("towns")
    @Operation(summary = "The towns (镇街), ranked", description = "Each town's year-to-date air figures, water "
            + "sections meeting their target, manifests and active alerts, ranked by rankBy (default compositeIndex, "
            + "lower is better; pm25 lower is better; goodDayRatio and waterSectionsMeetingTarget higher is better).")
    public TownRanking towns(@QueryParam("rankBy") @Parameter(description = "compositeIndex, pm25, goodDayRatio or "
            + "waterSectionsMeetingTarget") String rankBy) {
        return towns.ranking(rankBy);
    }

    @GET
    @Path("towns/{town}")
    @Operation(summary = "One town's combined view", description = "The city view for what lies in the town: its "
            + "town-scope AQI and statistics, stations, water sections, zero-waste indicators, manifests, alerts and "
            + "targets. 404 when no domain has told the gateway of the town.")
    public TownView town(@PathParam("town") String town) {
        return towns.town(town);
    }

    @GET
    @Path("charts")
    @Operation(summary = "The series behind the dashboard's charts", description = "For the city, or for one town "
            + "with town: the daily AQI of the 30 Beijing days up to today (level and colour of each), the monthly "
            + "PM2.5 of this year and last year, and each water section with its coordinates and its class this year "
            + "against its target. A town no domain has told the gateway of gives empty series.")
    public CityCharts charts(@QueryParam("town") @Parameter(description = "a town (镇街); the city when absent")
            String town) {
        return charts.charts(blankToNull(town));
    }

    @GET
    @Path("alerts")
    @Operation(summary = "The alerts of every domain", description = "Newest first, paged with limit (at most 1,000) "
            + "and cursor; filters: domain (air, water, waste), severity (INFO, WARNING, CRITICAL), state (RAISED, "
            + "CLEARED), acknowledged (true/false).")
    public Page<AlertView> alerts(@QueryParam("domain") String domain, @QueryParam("severity") String severity,
            @QueryParam("state") String state, @QueryParam("acknowledged") Boolean acknowledged,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return alerts.list(blankToNull(domain), blankToNull(severity), blankToNull(state), acknowledged,
                PageRequest.of(limit, cursor));
    }

    @RolesAllowed(Roles.ALERTS_ACKNOWLEDGE)
    @POST
    @Path("alerts/{alertId}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledge an alert", description = "Idempotent: a second acknowledgement keeps the first. "
            + "404 for an unknown alert, 409 for a cleared one. Stream clients receive the acknowledged alert. Needs "
            + "the alerts:acknowledge role; the acknowledger recorded is the caller's token subject (or API-key "
            + "client), not the body's by, which is taken only when the gateway's security is off "
            + "(ecocity.security.enabled=false) and is then required.")
    public AlertView acknowledge(@PathParam("alertId") String alertId, @Valid @NotNull AcknowledgeRequest request) {
        if (caller.isOpen() && (request.by() == null || request.by().isBlank())) {
            throw new InvalidInputException("by", "name the person or office that acknowledges");
        }
        return alerts.acknowledge(alertId, caller.actor(request.by()), request.note());
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live changes (server-sent events)", description = "Events named alert (an alert raised, "
            + "cleared or acknowledged: AlertView), city-aqi (a new latest hourly city AQI: AqiReading) and scorecard "
            + "(a target's progress changed: ScorecardItem), each sent once its change is committed; ready once "
            + "subscribed and heartbeat at the configured interval (ecocity.gateway.stream.heartbeat).")
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        return stream.subscribe().map(change -> sse.newEventBuilder().name(change.name()).id(change.id())
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(change.payload().getClass(), change.payload())
                .build());
    }

    @GET
    @Path("report")
    @Operation(summary = "The annual bulletin", description = "The year's figures as the seed report states them "
            + "(composite index and its year-on-year change, PM2.5 and its change, good-day ratio, water good share "
            + "and sections improved, zero-waste headline) and one generated paragraph in Chinese and in English. Built "
            + "from the events of that year only; default year: the year before the current one.")
    public AnnualBulletin report(@QueryParam("year") Integer year) {
        return bulletin.bulletin(yearOrDefault(year, 1));
    }

    private static int yearOrDefault(Integer year, int yearsBack) {
        if (year == null) {
            return BeijingTime.dayOf(Instant.now()).getYear() - yearsBack;
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "year must be between 2000 and 2100");
        }
        return year;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
