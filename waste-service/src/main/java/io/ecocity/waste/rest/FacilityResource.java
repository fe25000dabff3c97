package io.ecocity.waste.rest;

import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.api.Page;
import io.ecocity.support.api.PageRequest;
import io.ecocity.support.problem.DuplicateKeys;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.support.problem.Revisions;
import io.ecocity.support.security.Roles;
import io.ecocity.waste.domain.CapacityUsage;
import io.ecocity.waste.repository.FacilityEntity;
import io.ecocity.waste.service.FacilityService;
import io.ecocity.waste.service.FacilityService.FacilityDraft;
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
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/waste/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Facilities", description = "Licensed hazardous-waste utilisation and disposal facilities and their capacity")
public class FacilityResource {

    private final FacilityService service;

    public FacilityResource(FacilityService service) {
        this.service = service;
    }

    public record CapacityResponse(String facilityId, String category, int year, BigDecimal permittedTonnes,
            BigDecimal receivedTonnes, BigDecimal usedSharePercent, boolean alert) {
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(summary = "Register a facility",
            description = "201 when new; 200 when the same facility is registered again (a safe retry); 409 when the id "
                    + "exists with other attributes.")
    public Response register(@Valid @NotNull FacilityRequest request) {
        FacilityService.Registration registration = DuplicateKeys.create(() -> service.register(draftOf(request)),
                "facility " + request.facilityId() + " was registered at the same moment by another request; read it",
                () -> jakarta.ws.rs.core.UriBuilder.fromPath("/api/waste/facilities/{id}").build(request.facilityId()));
        FacilityResponse body = FacilityResponse.of(registration.facility());
        return registration.created()
                ? Response.created(URI.create("/api/waste/facilities/" + body.facilityId())).entity(body).build()
                : Response.ok(body).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("{facilityId}")
    @Operation(summary = "Update a facility's licence or capacities",
            description = "The current year's capacity alerts are raised or cleared against the new capacities. With "
                    + "If-Match (the ETag of a read) it applies only to that revision: 412 when the facility changed "
                    + "since, 409 when a concurrent update of the same revision committed first.")
    @APIResponseSchema(FacilityResponse.class)
    public Response update(@PathParam("facilityId") String facilityId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FacilityRequest request) {
        if (!facilityId.equals(request.facilityId())) {
            throw new InvalidInputException("facilityId", "facilityId in the body differs from the path");
        }
        FacilityEntity facility = service.update(draftOf(request), Revisions.expected(ifMatch));
        return Response.ok(FacilityResponse.of(facility)).header(HttpHeaders.ETAG, Revisions.etag(facility.revision)).build();
    }

    @GET
    @Path("{facilityId}")
    @Operation(summary = "One facility", description = "ETag: the facility's revision, for If-Match on PUT.")
    @APIResponseSchema(FacilityResponse.class)
    public Response get(@PathParam("facilityId") String facilityId) {
        FacilityEntity facility = service.require(facilityId);
        return Response.ok(FacilityResponse.of(facility)).header(HttpHeaders.ETAG, Revisions.etag(facility.revision)).build();
    }

    @GET
    @Operation(summary = "List facilities", description = "In facilityId order; limit at most 1000, cursor from nextCursor.")
    public Page<FacilityResponse> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<FacilityEntity> rows = service.page(page.after(), page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<FacilityResponse> items = rows.stream().limit(page.limit()).map(FacilityResponse::of).toList();
        return new Page<>(items, more ? PageRequest.encode(items.get(items.size() - 1).facilityId()) : null);
    }

    @GET
    @Path("{facilityId}/capacity")
    @Operation(summary = "Capacity used in a year, per HW category",
            description = "Tonnes accepted (manifests RECEIVED or CLOSED, by the Beijing day of arrival) against the "
                    + "permitted annual capacity. alert is true from ecocity.waste.facility.capacity-alert-percent (90 by "
                    + "default, unverified) of a permitted capacity, compared exactly, and for any tonnes accepted in a "
                    + "category without capacity. year defaults to the current one.")
    public List<CapacityResponse> capacity(@PathParam("facilityId") String facilityId, @QueryParam("year") Integer year) {
        int reportedYear = year == null ? BeijingTime.today().getYear()
                : io.ecocity.support.api.ReportingPeriod.requireYear("year", year);
        return service.capacity(facilityId, reportedYear).stream().map(FacilityResource::capacityOf).toList();
    }

    private static CapacityResponse capacityOf(CapacityUsage u) {
        return new CapacityResponse(u.facilityId(), u.category(), u.year(), u.permittedTonnes().stripTrailingZeros(),
                u.receivedTonnes().stripTrailingZeros(), u.usedSharePercent(), u.alert());
    }

    private static FacilityDraft draftOf(FacilityRequest r) {
        return new FacilityDraft(r.facilityId(), r.name().trim(), r.town().trim(), r.licenceNumber().trim(), r.kind(),
                r.annualCapacityTonnes());
    }
}
