package io.ecocity.air.rest;

import io.ecocity.air.repository.StationEntity;
import io.ecocity.air.repository.StationRepository;
import io.ecocity.air.service.StationService.StationDraft;
import io.ecocity.air.service.StationService;
import io.ecocity.support.api.Page;
import io.ecocity.support.api.PageRequest;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/air/stations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stations", description = "Air monitoring stations")
public class StationResource {

    static final String GEO_JSON = "application/geo+json";

    private final StationService service;
    private final StationRepository stations;

    public StationResource(StationService service, StationRepository stations) {
        this.service = service;
        this.stations = stations;
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(summary = "Register a station",
            description = "201 with the station when new; 200 when the same station is registered again with the "
                    + "same attributes (a safe retry); 409 when the id exists with other attributes. Emits "
                    + "ecocity.air.station-registered.v1 on air.stations.")
    public Response register(@Valid @NotNull StationRequest request) {
        StationService.Registration registration = service.register(draftOf(request));
        StationResponse body = StationResponse.of(registration.station());
        return registration.created()
                ? Response.created(URI.create("/api/air/stations/" + body.stationId())).entity(body).build()
                : Response.ok(body).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("{stationId}")
    @Operation(summary = "Update a station", description = "Emits ecocity.air.station-updated.v1 when anything changed. "
            + "With If-Match (the ETag of a read) it applies only to that revision: 412 when the station changed "
            + "since, 409 when a concurrent update of the same revision committed first. Without it, concurrent "
            + "updates are applied one after the other and each counts in the revision.")
    @APIResponseSchema(StationResponse.class)
    public Response update(@PathParam("stationId") String stationId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull StationRequest request) {
        if (!stationId.equals(request.stationId())) {
            throw new InvalidInputException("stationId", "stationId in the body differs from the path");
        }
        StationEntity station = service.update(draftOf(request), Revisions.expected(ifMatch));
        return Response.ok(StationResponse.of(station)).header(HttpHeaders.ETAG, Revisions.etag(station.revision))
                .build();
    }

    @GET
    @Path("{stationId}")
    @Operation(summary = "One station", description = "ETag: the station's revision, for If-Match on PUT.")
    @APIResponseSchema(StationResponse.class)
    public Response get(@PathParam("stationId") String stationId) {
        StationEntity station = stations.findById(stationId);
        if (station == null) {
            throw new NotFoundProblemException("no station " + stationId);
        }
        return Response.ok(StationResponse.of(station)).header(HttpHeaders.ETAG, Revisions.etag(station.revision))
                .build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, GEO_JSON})
    @Operation(summary = "List stations",
            description = "In stationId order; limit at most 1000, cursor from nextCursor; town filters by 镇街. "
                    + "GeoJSON (a FeatureCollection of Points, with nextCursor as a foreign member) with "
                    + "Accept: application/geo+json or format=geojson.")
    public Response list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                         @QueryParam("town") String town, @QueryParam("format") String format,
                         @Context HttpHeaders headers) {
        PageRequest page = PageRequest.of(limit, cursor);
        boolean geoJson = "geojson".equalsIgnoreCase(format) || headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> "application".equals(type.getType()) && "geo+json".equals(type.getSubtype()));
        if (format != null && !geoJson && !"json".equalsIgnoreCase(format)) {
            throw new InvalidInputException("format", "format must be json or geojson");
        }
        String townFilter = town == null || town.isBlank() ? null : town.trim();
        List<StationEntity> rows = stations.pageAfter(page.after(), townFilter, page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<StationResponse> items = rows.stream().limit(page.limit()).map(StationResponse::of).toList();
        String next = more ? PageRequest.encode(items.get(items.size() - 1).stationId()) : null;
        if (geoJson) {
            return Response.ok(StationFeatureCollection.of(items, next), GEO_JSON).build();
        }
        return Response.ok(new Page<>(items, next), MediaType.APPLICATION_JSON).build();
    }

    private static StationDraft draftOf(StationRequest r) {
        return new StationDraft(r.stationId(), r.name().trim(), r.town().trim(), r.latitude(), r.longitude(), r.kind(),
                r.assessed());
    }
}
