package io.ecocity.gateway.rest;

import io.ecocity.gateway.service.CityOverviewService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/city")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "City", description = "The combined city view")
public class CityOverviewResource {

    private final CityOverviewService overview;

    public CityOverviewResource(CityOverviewService overview) {
        this.overview = overview;
    }

    @GET
    @Path("overview")
    @Operation(summary = "The city today", description = "Answered from the gateway's own view, also when a domain "
            + "service is down; each domain says when its last event arrived and whether it is stale.")
    public CityOverview overview() {
        return overview.overview();
    }
}
