package io.ecocity.air.rest.statistics;

import io.ecocity.air.repository.statistics.AnnualTargetEntity;
import io.ecocity.air.service.statistics.StatisticsScope;
import io.ecocity.air.service.statistics.StatisticsService;
import io.ecocity.air.service.statistics.TargetProgressService;
import io.ecocity.air.service.statistics.TargetService;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.support.problem.NotFoundProblemException;
import io.ecocity.support.problem.Revisions;
import io.ecocity.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/air/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Air targets", description = "Annual air-quality targets of the city and its towns and the progress "
        + "towards them on any day: \"以周保月、以月保季、以季保年\". " + AirTargetResource.RULES)
public class AirTargetResource {

    static final String RULES = "STATUS, decided in this order from exact values: NOT_ASSESSABLE when there is no "
            + "valid data yet; OFF_TRACK when the target is already lost, i.e. even a perfectly clean rest of the year "
            + "(every remaining day at zero concentration, good, not heavily polluted) cannot meet it (the same as a "
            + "negative remaining allowance); once the year is over, ON_TRACK when it was met; otherwise AT_RISK when "
            + "the projected year-end value misses the target or beats it by less than the indicator's margin "
            + "(defaults, configuration: PM2.5 1 µg/m³, good-day ratio 2 points, composite index 0.10, O3 5 µg/m³, "
            + "heavily polluted days 1); otherwise ON_TRACK. The projection scales the year to date by last year's "
            + "seasonal shape when last year's data exist, else carries the year to date (days pro rata). "
            + "REMAINING ALLOWANCE: PM25_MEAN — the highest mean PM2.5 the remaining days may have and the year still "
            + "meet the target, (T·(V+R) − S)/R with S the sum and V the count of valid days so far and R the days left "
            + "(rounded down to 0.1); GOOD_DAY_RATIO — how many more non-good days (AQI > 100) the year can afford, "
            + "(V+R) − ⌈T·(V+R)/100⌉ − non-good days so far; O3_P90 — how many more days with O3 8h above the target "
            + "the year can surely afford without its 90th percentile exceeding it; HEAVY_POLLUTION_DAYS — target minus "
            + "days so far; COMPOSITE_INDEX — none (it mixes means and percentiles), the best achievable year-end value "
            + "is given instead. A negative allowance means the target is lost. CHECKPOINTS for the ISO week, month and "
            + "quarter of asOf: the period so far against the pace the annual target needs given the year before the "
            + "period (PM2.5: the allowance as of the period's start; good-day ratio: the share of good days the rest "
            + "of the year needs; heavy days: the days still allowed, pro rata; composite index and O3: the target). "
            + "The composite index denominators and weights, the completeness rules and the margins are configuration, "
            + "because the HJ 663-2026 assessment rules are unverified.";

    static final String CONDITIONAL = "The answer's ETag is the targets' revision. With If-Match (the ETag of a "
            + "read) the change applies only to that revision: 412 (problem+json) when the targets changed since, or "
            + "are not set yet. Without it, concurrent settings are applied one after the other and each change counts "
            + "in the revision. 409 with Location when two first settings of the same targets race on two instances.";
    static final String ETAG = "ETag: the targets' revision, for If-Match on PUT.";
    static final String IF_MATCH = "the ETag of a read (e.g. \"3\"): apply only to that revision, else 412";

    private final TargetService targets;
    private final TargetProgressService progress;
    private final StatisticsService statistics;

    public AirTargetResource(TargetService targets, TargetProgressService progress, StatisticsService statistics) {
        this.targets = targets;
        this.progress = progress;
        this.statistics = statistics;
    }

    @GET
    @Path("{year}")
    @Operation(summary = "A year's targets of the city and the towns")
    public YearTargetsResponse year(@PathParam("year") int year) {
        requireYear(year);
        List<AnnualTargetEntity> all = targets.ofYear(year);
        TargetsResponse city = all.stream().filter(t -> "CITY".equals(t.scope)).findFirst().map(TargetsResponse::of)
                .orElse(null);
        return new YearTargetsResponse(year, city,
                all.stream().filter(t -> "TOWN".equals(t.scope)).map(TargetsResponse::of).toList());
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("{year}/city")
    @Operation(summary = "Set the city's targets for a year",
            description = "Replaces the year's city targets (a missing field is no target). Setting the same values "
                    + "again changes nothing. Each target whose status, allowance or value changes is published as "
                    + "ecocity.air.target-progress.v1 on air.targets, key <year>:CITY:<indicator>. " + CONDITIONAL)
    @APIResponseSchema(TargetsResponse.class)
    public Response setCity(@PathParam("year") int year,
                            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull TargetsRequest request) {
        return set(year, StatisticsScope.CITY, ifMatch, request);
    }

    @GET
    @Path("{year}/city")
    @Operation(summary = "The city's targets for a year", description = "404 when none are set. " + ETAG)
    @APIResponseSchema(TargetsResponse.class)
    public Response city(@PathParam("year") int year) {
        return get(year, StatisticsScope.CITY);
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("{year}/towns/{town}")
    @Operation(summary = "Set a town's targets for a year",
            description = "As for the city; the town must have a station or daily values. Events keyed "
                    + "<year>:TOWN:<town>:<indicator>. " + CONDITIONAL)
    @APIResponseSchema(TargetsResponse.class)
    public Response setTown(@PathParam("year") int year, @PathParam("town") String town,
                            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull TargetsRequest request) {
        StatisticsScope scope = StatisticsScope.town(town);
        statistics.requireKnown(scope);
        return set(year, scope, ifMatch, request);
    }

    @GET
    @Path("{year}/towns/{town}")
    @Operation(summary = "A town's targets for a year", description = "404 when none are set. " + ETAG)
    @APIResponseSchema(TargetsResponse.class)
    public Response town(@PathParam("year") int year, @PathParam("town") String town) {
        return get(year, StatisticsScope.town(town));
    }

    @GET
    @Path("{year}/city/progress")
    @Operation(summary = "Progress of the city's targets on a day", description = RULES)
    public TargetProgressResponse cityProgress(@PathParam("year") int year,
                                               @Parameter(description = "the day judged on, YYYY-MM-DD within the year; "
                                                       + "default today (Beijing), or 31 December for a past year")
                                               @QueryParam("asOf") String asOf) {
        return progressOf(year, StatisticsScope.CITY, asOf);
    }

    @GET
    @Path("{year}/towns/{town}/progress")
    @Operation(summary = "Progress of a town's targets on a day", description = RULES)
    public TargetProgressResponse townProgress(@PathParam("year") int year, @PathParam("town") String town,
                                               @Parameter(description = "the day judged on, YYYY-MM-DD within the year; "
                                                       + "default today (Beijing), or 31 December for a past year")
                                               @QueryParam("asOf") String asOf) {
        return progressOf(year, StatisticsScope.town(town), asOf);
    }

    private Response set(int year, StatisticsScope scope, String ifMatch, TargetsRequest request) {
        requireYear(year);
        Long expected = Revisions.expected(ifMatch);
        if (request.toValues().isEmpty()) {
            throw new InvalidInputException("pm25Mean", "give at least one target");
        }
        return withEtag(targets.set(year, scope, request.toValues(), expected).targets());
    }

    private Response get(int year, StatisticsScope scope) {
        requireYear(year);
        return withEtag(targets.find(year, scope)
                .orElseThrow(() -> new NotFoundProblemException("no " + year + " targets for " + scope.key())));
    }

    private static Response withEtag(AnnualTargetEntity stored) {
        return Response.ok(TargetsResponse.of(stored)).header(HttpHeaders.ETAG, Revisions.etag(stored.revision))
                .build();
    }

    private TargetProgressResponse progressOf(int year, StatisticsScope scope, String asOfText) {
        requireYear(year);
        LocalDate asOf = asOfText == null || asOfText.isBlank() ? defaultAsOf(year) : parseDay(asOfText);
        if (asOf.getYear() != year) {
            throw new InvalidInputException("asOf", "asOf " + asOf + " is not in " + year);
        }
        return progress.progress(scope, year, asOf).map(TargetProgressResponse::of)
                .orElseThrow(() -> new NotFoundProblemException("no " + year + " targets for " + scope.key()));
    }

    private static LocalDate defaultAsOf(int year) {
        LocalDate today = BeijingTime.today();
        if (year < today.getYear()) {
            return LocalDate.of(year, 12, 31);
        }
        if (year > today.getYear()) {
            throw new InvalidInputException("asOf", year + " has not begun; give asOf within it");
        }
        return today;
    }

    private static LocalDate parseDay(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", "asOf '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "year must be between 2000 and 2100");
        }
    }
}
