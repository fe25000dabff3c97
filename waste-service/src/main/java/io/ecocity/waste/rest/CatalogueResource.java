package io.ecocity.waste.rest;

import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.security.Caller;
import io.ecocity.support.security.Roles;
import io.ecocity.waste.repository.CatalogueEntity;
import io.ecocity.waste.service.ActiveCatalogue;
import io.ecocity.waste.service.CatalogueDocument;
import io.ecocity.waste.service.CatalogueService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/waste/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator catalogue", description = "The zero-waste (无废城市) indicator definitions, as data")
public class CatalogueResource {

    /** What {@code installedBy} records while security is off, as before there was a caller to name. */
    static final String OPEN_INSTALLER = "administrator";

    private final CatalogueService service;
    private final Caller caller;

    public CatalogueResource(CatalogueService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    public record CatalogueResponse(String version, OffsetDateTime activatedAt, String installedBy,
            List<CatalogueDocument.Entry> indicators) {
    }

    public record VersionResponse(String version, OffsetDateTime installedAt, String installedBy, OffsetDateTime activatedAt,
            boolean current) {
    }

    public record ReplacementResponse(String version, CatalogueService.Change change, int indicatorEvents, int targetEvents) {
    }

    @GET
    @Operation(summary = "The catalogue in force",
            description = "Each indicator: code, Chinese and English name, formula over the quantities of "
                    + "GET /api/waste/quantities, unit, scale, direction, the ★ (mandatory) flag and how well the "
                    + "definition is verified. The official 2021 list of 58 indicators was not found (docs/standards/rules.md §5.1), so "
                    + "the shipped catalogue is partial and marked SECONDARY or UNVERIFIED; load the official one with PUT.")
    public CatalogueResponse current() {
        ActiveCatalogue active = service.current();
        return new CatalogueResponse(active.version(), BeijingTime.of(active.activatedAt()), active.installedBy(),
                CatalogueDocument.of(active.catalogue()).indicators());
    }

    @GET
    @Path("versions")
    @Operation(summary = "Every catalogue installed, the current one first")
    public List<VersionResponse> versions() {
        List<CatalogueEntity> all = service.history();
        return all.stream().map(c -> new VersionResponse(c.version, BeijingTime.of(c.installedAt), c.installedBy,
                BeijingTime.of(c.activatedAt), c == all.get(0))).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Operation(summary = "Replace the catalogue (administrator)",
            description = "Needs the admin role (a bearer token or an API key of it); installedBy is the caller's "
                    + "authenticated name. The body has the format of the shipped file "
                    + "catalogue/zero-waste-indicators-v1.json. 400 lists every bad indicator by index (a formula that "
                    + "does not parse names the position; unknown quantities are named). A new version is installed and "
                    + "put in force at once, without a restart; the same version and definitions again changes nothing or "
                    + "switches back to it; the same version with other definitions is 409. Every stored indicator value "
                    + "and target progress is recomputed and the changes announced on waste.indicators and waste.targets.")
    public ReplacementResponse replace(CatalogueDocument body) {
        CatalogueService.Replacement replacement = service.replace(body, caller.actor(OPEN_INSTALLER));
        return new ReplacementResponse(replacement.catalogue().version(), replacement.change(), replacement.indicatorEvents(),
                replacement.targetEvents());
    }
}
