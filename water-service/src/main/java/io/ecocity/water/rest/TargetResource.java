package io.ecocity.water.rest;

import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.problem.FieldError;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.support.problem.NotFoundProblemException;
import io.ecocity.support.security.Roles;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.service.TargetProgressService;
import io.ecocity.water.service.TargetService;
import io.ecocity.water.service.TargetService.YearTargets;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/water/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Annual water targets and progress against them")
public class TargetResource {

    private static final Set<String> TARGET_CLASSES = Set.of("I", "II", "III", "IV", "V");

    private final TargetService targets;
    private final TargetProgressService progress;

    public TargetResource(TargetService targets, TargetProgressService progress) {
        this.targets = targets;
        this.progress = progress;
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("{year}")
    @Operation(summary = "Set a year's targets",
            description = "The city's good share (e.g. ≥ 66.7 %, met when the displayed share reaches it), the 劣V "
                    + "sections allowed and section target classes for the year. The year's figures and "
                    + "ecocity.water.target-progress.v1 are recomputed and emitted.")
    public YearTargets put(@PathParam("year") int year, @Valid @NotNull TargetRequest request) {
        checkYear(year);
        Map<String, WaterClass> classes = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (request.sectionTargetClasses() != null) {
            request.sectionTargetClasses().forEach((sectionId, waterClass) -> {
                if (waterClass == null || !TARGET_CLASSES.contains(waterClass)) {
                    errors.add(FieldError.of("sectionTargetClasses." + sectionId, "one of I, II, III, IV, V"));
                } else {
                    classes.put(sectionId, WaterClass.valueOf(waterClass));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("invalid target classes", errors);
        }
        return targets.set(new YearTargets(year, request.goodSharePercentAtLeast(), request.worseThanVSectionsAllowed(),
                classes));
    }

    @GET
    @Path("{year}")
    @Operation(summary = "A year's targets")
    public YearTargets get(@PathParam("year") int year) {
        return targets.get(year).orElseThrow(() -> new NotFoundProblemException("no water targets for " + year));
    }

    @GET
    @Path("{year}/progress")
    @Operation(summary = "Progress on a day",
            description = "asOf: a day of the year (default today, or 31 December for a past year). Year-to-date values "
                    + "of WATER_GOOD_SHARE and WORSE_THAN_V_SECTIONS (when the year has targets) and SECTION_CLASS per "
                    + "assessed section (class as rank I = 1 … 劣V = 6 with its label), with status, remaining "
                    + "allowance and week, month and quarter checkpoints; for a section off its target, the items to "
                    + "improve and the mean the remaining samples need (planned samples a year: configuration, default "
                    + "12 [U]).")
    public TargetProgressResponse progress(@PathParam("year") int year, @QueryParam("asOf") String asOf) {
        checkYear(year);
        LocalDate day;
        if (asOf == null) {
            day = TargetProgressService.asOfFor(year, BeijingTime.today());
        } else {
            try {
                day = LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("asOf", "asOf '" + asOf + "' is not a date (YYYY-MM-DD)");
            }
        }
        if (day.getYear() != year) {
            throw new InvalidInputException("asOf", "asOf must be a day of " + year);
        }
        return TargetProgressResponse.of(progress.report(year, day, Optional.empty()));
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "year must lie within 2000–2100");
        }
    }
}
