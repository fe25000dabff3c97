package io.ecocity.waste.rest;

import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.support.security.Caller;
import io.ecocity.support.security.Roles;
import io.ecocity.waste.service.TargetService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/waste/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Yearly zero-waste targets and their progress")
public class TargetResource {

    private final TargetService service;
    private final Caller caller;

    public TargetResource(TargetService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(summary = "Set a yearly target",
            description = "One target per year, indicator and scope: 201 when new, 200 when changed or unchanged (a safe "
                    + "retry). Its progress is announced on waste.targets (ecocity.waste.target-progress.v1) once its year has begun. "
                    + "Needs admin; setBy records the caller's authenticated name (the body's setBy only while security "
                    + "is off).")
    public Response set(TargetRequest request) {
        if (request == null) {
            throw new InvalidInputException("year", "the body must be a target");
        }
        TargetService.Setting setting = service.set(new TargetService.TargetDraft(request.year(), request.indicatorCode(),
                request.town(), request.targetValue(), caller.actor(request.setBy())));
        return Response.status(setting.outcome() == TargetService.Outcome.CREATED ? 201 : 200)
                .entity(TargetResponse.of(setting.target())).build();
    }

    @GET
    @Operation(summary = "The targets of a year")
    public List<TargetResponse> list(@QueryParam("year") Integer year) {
        if (year == null) {
            throw new InvalidInputException("year", "required");
        }
        io.ecocity.support.api.ReportingPeriod.requireYear("year", year);
        return service.ofYear(year).stream().map(TargetResponse::of).toList();
    }

    @GET
    @Path("progress")
    @Operation(summary = "Progress of a year's targets on a day",
            description = "asOf defaults to today (Beijing), or 31 December for a past year. status: ON_TRACK when the year "
                    + "to date meets the target; AT_RISK when it does not but the rate the months not yet reported need "
                    + "is feasible (between ecocity.waste.targets.feasible-minimum and -maximum, 0 and 100 by default); "
                    + "OFF_TRACK when it is not, or nothing remains; NOT_ASSESSABLE without a value. The remaining "
                    + "denominator is projected at the year-to-date pace over the days not yet reported. Checkpoints: the "
                    + "week, month and quarter to date against the target rate, ON_PACE or BEHIND_PACE (the margin "
                    + "ecocity.waste.targets.at-risk-margin, 2 points by default, is a design choice, not a standard). "
                    + "town narrows to one town; scope=CITY to the city's targets.")
    public List<TargetProgressResponse> progress(@QueryParam("year") Integer year, @QueryParam("asOf") String asOf,
            @QueryParam("town") String town, @QueryParam("scope") String scope) {
        if (year == null) {
            throw new InvalidInputException("year", "required");
        }
        io.ecocity.support.api.ReportingPeriod.requireYear("year", year);
        if (scope != null && !scope.equals("CITY") && !scope.equals("TOWN")) {
            throw new InvalidInputException("scope", "CITY or TOWN");
        }
        LocalDate day = null;
        if (asOf != null) {
            try {
                day = asOf.length() > 10 ? null : LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                day = null;
            }
            if (day == null) {
                throw new InvalidInputException("asOf", "asOf is not a date (YYYY-MM-DD)");
            }
            io.ecocity.support.api.ReportingPeriod.requireYear("asOf", day.getYear());
        }
        return service.progress(year, day, town, "CITY".equals(scope)).stream()
                .filter(view -> !"TOWN".equals(scope) || view.target().town != null)
                .map(TargetProgressResponse::of).toList();
    }
}
