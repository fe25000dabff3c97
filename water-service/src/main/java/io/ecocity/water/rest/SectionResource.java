package io.ecocity.water.rest;

import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.api.Page;
import io.ecocity.support.api.PageRequest;
import io.ecocity.support.api.ReportingPeriod;
import io.ecocity.support.problem.DuplicateKeys;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.support.problem.NotFoundProblemException;
import io.ecocity.support.problem.Revisions;
import io.ecocity.support.security.Roles;
import io.ecocity.water.domain.AssessmentPeriod;
import io.ecocity.water.domain.CityWaterAssessment;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.repository.SampleEntity;
import io.ecocity.water.repository.SampleRepository;
import io.ecocity.water.repository.SectionEntity;
import io.ecocity.water.repository.SectionRepository;
import io.ecocity.water.service.PeriodAssessmentService;
import io.ecocity.water.service.SectionService;
import io.ecocity.water.service.SectionService.SectionDraft;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/water/sections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sections", description = "Water assessment sections (国考/省考/市考断面)")
public class SectionResource {

    public static final String GEO_JSON = "application/geo+json";

    private final SectionService service;
    private final SectionRepository sections;
    private final SampleRepository samples;
    private final PeriodAssessmentService assessments;
    private final CityWaterAssessment city;

    public SectionResource(SectionService service, SectionRepository sections, SampleRepository samples,
            PeriodAssessmentService assessments, CityWaterAssessment city) {
        this.service = service;
        this.sections = sections;
        this.samples = samples;
        this.assessments = assessments;
        this.city = city;
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(summary = "Register a section",
            description = "201 with the section when new; 200 when the same section is registered again with the same "
                    + "attributes (a safe retry); 409 when the id exists with other attributes. Emits "
                    + "ecocity.water.section-registered.v1 on water.sections.")
    public Response register(@Valid @NotNull SectionRequest request) {
        SectionService.Registration registration = DuplicateKeys.create(() -> service.register(draftOf(request)),
                "section " + request.sectionId() + " was registered at the same moment by another request; read it",
                () -> jakarta.ws.rs.core.UriBuilder.fromPath("/api/water/sections/{id}").build(request.sectionId()));
        SectionResponse body = SectionResponse.of(registration.section());
        return registration.created()
                ? Response.created(URI.create("/api/water/sections/" + body.sectionId())).entity(body).build()
                : Response.ok(body).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("{sectionId}")
    @Operation(summary = "Update a section",
            description = "Emits ecocity.water.section-updated.v1 when anything changed, and has the section's sampled "
                    + "years recomputed (its target class or whether it counts may have changed). With If-Match (the "
                    + "ETag of a read) it applies only to that revision: 412 when the section changed since, 409 when a "
                    + "concurrent update of the same revision committed first.")
    @APIResponseSchema(SectionResponse.class)
    public Response update(@PathParam("sectionId") String sectionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SectionRequest request) {
        if (!sectionId.equals(request.sectionId())) {
            throw new InvalidInputException("sectionId", "sectionId in the body differs from the path");
        }
        SectionEntity section = service.update(draftOf(request), Revisions.expected(ifMatch));
        return Response.ok(SectionResponse.of(section)).header(HttpHeaders.ETAG, Revisions.etag(section.revision)).build();
    }

    @GET
    @Path("{sectionId}")
    @Operation(summary = "One section", description = "ETag: the section's revision, for If-Match on PUT.")
    @APIResponseSchema(SectionResponse.class)
    public Response get(@PathParam("sectionId") String sectionId) {
        SectionEntity section = find(sectionId);
        return Response.ok(SectionResponse.of(section)).header(HttpHeaders.ETAG, Revisions.etag(section.revision)).build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON + ";qs=1"})
    @Operation(summary = "List sections", description = "In sectionId order; limit at most 1000, cursor from nextCursor. "
            + "Send Accept: application/geo+json for the map layer instead.")
    public Page<SectionResponse> list(@QueryParam("town") String town, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<SectionEntity> rows = sections.pageAfter(page.after(), town, page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<SectionResponse> items = rows.stream().limit(page.limit()).map(SectionResponse::of).toList();
        return new Page<>(items, more ? PageRequest.encode(items.get(items.size() - 1).sectionId()) : null);
    }

    @GET
    @Produces(GEO_JSON + ";qs=0.5")
    @Operation(summary = "Sections as GeoJSON",
            description = "RFC 7946 FeatureCollection of every section (optionally of one town): Point geometry in "
                    + "[longitude, latitude], the section's fields as properties.")
    public GeoJson.FeatureCollection geoJson(@QueryParam("town") String town) {
        List<SectionEntity> rows = town == null ? sections.allInIdOrder() : sections.pageAfter(null, town, Integer.MAX_VALUE);
        return GeoJson.FeatureCollection.of(rows.stream().map(SectionResponse::of).map(GeoJson.Feature::of).toList());
    }

    @GET
    @Path("{sectionId}/assessment")
    @Operation(summary = "A section over a period",
            description = "period=2026, 2026-Q2, 2026-05, 2026-W18, ytd, or from/to (inclusive Beijing days). The mean of "
                    + "each item over the period's samples, then its class by GB 3838 (2011 method); the same days a year "
                    + "before and the class change (\"IV → III, improved\"); the target class of the period's year.")
    public SectionAssessmentResponse assessment(@PathParam("sectionId") String sectionId,
            @QueryParam("period") String period, @QueryParam("from") String from, @QueryParam("to") String to) {
        SectionEntity section = find(sectionId);
        ReportingPeriod reporting = ReportingPeriod.parse(period, from, to, BeijingTime.today());
        AssessmentPeriod assessed = new AssessmentPeriod(
                PeriodAssessmentService.kindOf(reporting.label(), reporting.from(), reporting.to()),
                reporting.from(), reporting.to());
        return SectionAssessmentResponse.of(assessments.section(section, reporting.label(), assessed), city::sectionStatus);
    }

    @GET
    @Path("{sectionId}/samples")
    @Operation(summary = "A section's samples", description = "In sampling-time order within the period (default: the "
            + "year to date); limit at most 1000, cursor from nextCursor.")
    public Page<SampleResponse> samples(@PathParam("sectionId") String sectionId, @QueryParam("period") String period,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        find(sectionId);
        ReportingPeriod reporting = ReportingPeriod.parse(period == null && from == null && to == null ? "ytd" : period,
                from, to, BeijingTime.today());
        PageRequest page = PageRequest.of(limit, cursor);
        Instant after = null;
        if (page.after() != null) {
            try {
                after = Instant.parse(page.after());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("cursor", "cursor is not one this API issued");
            }
        }
        List<SampleEntity> rows = samples.pageOfSection(sectionId, reporting.from(), reporting.to(), after, page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<SampleEntity> shown = rows.stream().limit(page.limit()).toList();
        return new Page<>(shown.stream().map(SampleResponse::of).toList(),
                more ? PageRequest.encode(shown.get(shown.size() - 1).sampledAt.toString()) : null);
    }

    private SectionEntity find(String sectionId) {
        SectionEntity section = sections.findById(sectionId);
        if (section == null) {
            throw new NotFoundProblemException("no section " + sectionId);
        }
        return section;
    }

    private static SectionDraft draftOf(SectionRequest r) {
        return new SectionDraft(r.sectionId(), r.name().trim(), r.river().trim(), r.waterBodyType(), r.level(),
                r.town().trim(), WaterClass.valueOf(r.targetClass()), r.latitude(), r.longitude(), r.assessed());
    }
}
