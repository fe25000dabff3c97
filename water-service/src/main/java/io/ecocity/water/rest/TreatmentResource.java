package io.ecocity.water.rest;

import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.support.security.Caller;
import io.ecocity.support.security.Roles;
import io.ecocity.water.domain.Decimals;
import io.ecocity.water.domain.TreatmentProgress;
import io.ecocity.water.domain.TreatmentTask;
import io.ecocity.water.service.TreatmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/water/treatment-tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Treatment work", description = "Sewage-treatment tasks per year and town")
public class TreatmentResource {

    private final TreatmentService service;
    private final Caller caller;

    public TreatmentResource(TreatmentService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @Schema(description = "Completion of a town (or, without town, the city): completed ÷ planned × 100, rounded once "
            + "(default 1 decimal, half-up); may exceed 100; null when nothing was planned")
    public record Progress(int year, String town, int plannedCount, int completedCount, BigDecimal plannedCapacity,
            BigDecimal completedCapacity, BigDecimal countCompletionPercent, BigDecimal capacityCompletionPercent) {

        static Progress of(TreatmentProgress p) {
            return new Progress(p.year(), p.town().orElse(null), p.plannedCount(), p.completedCount(),
                    Decimals.plain(p.plannedCapacity()), Decimals.plain(p.completedCapacity()),
                    p.countCompletionPercent().orElse(null), p.capacityCompletionPercent().orElse(null));
        }
    }

    public record YearProgress(int year, List<Progress> towns, Progress city) {
    }

    /*
     * A town's treatment work is reported figures, not configuration of the city: each town office keeps the count
     * and capacity of its works planned and completed so far and sends them as the year goes on, as it sends its
     * samples. So it is ingest:water, and a town office's caller writes only its own town; the bureau's city-wide
     * systems (no town claim) write for every town.
     */
    @RolesAllowed(Roles.INGEST_WATER)
    @PUT
    @Path("{year}/{town}")
    @Operation(summary = "Set a town's work of a year", description = "Replaces the town's planned and completed figures. "
            + "Needs ingest:water (reported figures, as samples are); a town system's caller (a token with a town claim, "
            + "an API key with a town) sets only its own town's work: another town is a 403 and nothing is stored.")
    public Progress put(@PathParam("year") int year, @PathParam("town") String town,
            @Valid @NotNull TreatmentTaskRequest request) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "year must lie within 2000–2100");
        }
        if (town.isBlank() || town.length() > 100) {
            throw new InvalidInputException("town", "town is 1–100 characters");
        }
        caller.requireTown(town.trim(), "the treatment work of " + year);
        return Progress.of(service.put(new TreatmentTask(year, town.trim(), request.plannedCount(),
                request.completedCount(), request.plannedCapacity(), request.completedCapacity())));
    }

    @GET
    @Operation(summary = "A year's work by town and for the city")
    public YearProgress year(@QueryParam("year") Integer year) {
        if (year == null) {
            throw new InvalidInputException("year", "year is required");
        }
        io.ecocity.support.api.ReportingPeriod.requireYear("year", year);
        TreatmentService.YearProgress progress = service.year(year);
        return new YearProgress(year, progress.towns().stream().map(Progress::of).toList(), Progress.of(progress.city()));
    }
}
