package io.ecocity.water.rest;

import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.api.ReportingPeriod;
import io.ecocity.water.domain.AssessmentPeriod;
import io.ecocity.water.domain.CityWaterAssessment;
import io.ecocity.water.service.PeriodAssessmentService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/water/assessment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment", description = "Section and city assessment over a period")
public class CityAssessmentResource {

    private final PeriodAssessmentService assessments;
    private final CityWaterAssessment city;

    public CityAssessmentResource(PeriodAssessmentService assessments, CityWaterAssessment city) {
        this.assessments = assessments;
        this.city = city;
    }

    @GET
    @Operation(summary = "The city over a period",
            description = "period=2026, 2026-Q2, 2026-05, 2026-W18, ytd, or from/to (inclusive Beijing days). Over the "
                    + "sections that count in the city assessment: each section's class from its item means; the good "
                    + "share (I–III) of assessed sections, the 劣V share and the share meeting target, each rounded once "
                    + "(default 1 decimal, half-up: 6 of 9 is 66.7 %); the grading of the city and of each river by "
                    + "water_river_system_grading.csv (the 5-section threshold and the 重度污染 bound are configurable "
                    + "[S/U]); the class change of each section against the same days a year before.")
    public CityAssessmentResponse city(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        ReportingPeriod reporting = ReportingPeriod.parse(period, from, to, BeijingTime.today());
        AssessmentPeriod assessed = new AssessmentPeriod(
                PeriodAssessmentService.kindOf(reporting.label(), reporting.from(), reporting.to()),
                reporting.from(), reporting.to());
        return CityAssessmentResponse.of(assessments.city(reporting.label(), assessed), city::sectionStatus,
                share -> city.displayPercent(share).orElse(null));
    }
}
