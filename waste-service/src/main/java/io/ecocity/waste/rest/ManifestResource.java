package io.ecocity.waste.rest;

import io.ecocity.support.api.Page;
import io.ecocity.support.api.PageRequest;
import io.ecocity.support.problem.DuplicateKeys;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.support.security.Caller;
import io.ecocity.support.security.Roles;
import io.ecocity.waste.domain.ManifestParty;
import io.ecocity.waste.domain.ManifestState;
import io.ecocity.waste.repository.ManifestEntity;
import io.ecocity.waste.service.ManifestService;
import io.ecocity.waste.service.WasteRules;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/waste/manifests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Manifests", description = "Hazardous-waste transfer manifests (危险废物转移联单)")
public class ManifestResource {

    private final ManifestService service;
    private final WasteRules rules;
    private final Caller caller;

    public ManifestResource(ManifestService service, WasteRules rules, Caller caller) {
        this.service = service;
        this.rules = rules;
        this.caller = caller;
    }

    @RolesAllowed(Roles.MANIFEST_CONSIGNER)
    @POST
    @Operation(summary = "Fill in a manifest (DRAFT)",
            description = "Checked: the number format (configurable, unverified), the town, the HW category (HW01–HW50 as "
                    + "configured) and 8-digit code and that the code belongs to the category, quantity > 0, and that the "
                    + "receiver is a registered facility licensed for the category. 400 names every bad field; 201 when "
                    + "new, 200 for the same manifest again, 409 for the number with other attributes. Emits "
                    + "ecocity.waste.manifest-changed.v1 on waste.manifests. Needs manifest:consigner. A caller acting for "
                    + "an organisation (a token's org claim, an API key's organisation) fills in only manifests whose "
                    + "consigner is that organisation (403 otherwise, nothing stored); one without an organisation (the "
                    + "bureau entering paper manifests) for any consigner. The actor recorded is the caller's "
                    + "authenticated name; the body's actor only while security is off.")
    public Response create(@Valid @NotNull ManifestRequest request) {
        String consigner = request.consigner().trim();
        caller.organisation().filter(own -> !own.equals(consigner)).ifPresent(own -> {
            throw new ForbiddenException("manifest " + request.manifestNumber() + " names the consigner " + consigner
                    + "; this caller fills in manifests of " + own + " only");
        });
        ManifestService.ManifestDraft draft = new ManifestService.ManifestDraft(request.manifestNumber(),
                consigner, request.consignerTown(), request.carrier().trim(), request.receiverFacilityId(),
                request.wasteCategory(), request.wasteCode(), request.quantityTonnes(), caller.actor(request.actor()).trim(),
                request.filledAt());
        ManifestService.Creation creation = DuplicateKeys.create(() -> service.create(draft),
                "manifest " + request.manifestNumber() + " was created at the same moment by another request; read it",
                () -> URI.create("/api/waste/manifests/" + request.manifestNumber()));
        ManifestResponse body = view(creation.manifest());
        return creation.created()
                ? Response.created(URI.create("/api/waste/manifests/" + body.manifestNumber())).entity(body).build()
                : Response.ok(body).build();
    }

    @RolesAllowed({Roles.MANIFEST_CONSIGNER, Roles.MANIFEST_CARRIER, Roles.MANIFEST_RECEIVER})
    @POST
    @Path("{manifestNumber}/transitions")
    @Operation(summary = "Move a manifest to another state",
            description = "DRAFT → SUBMITTED → IN_TRANSIT → RECEIVED → CLOSED; DRAFT or SUBMITTED → CANCELLED (before "
                    + "pickup); IN_TRANSIT → DISCREPANCY → RECEIVED or REJECTED. A move outside this graph answers 409 and "
                    + "changes nothing. A receipt (from IN_TRANSIT) carries receivedTonnes: more than "
                    + "ecocity.waste.manifest.discrepancy-tolerance-percent (5 % by default, unverified) off the shipped "
                    + "quantity must go to DISCREPANCY (raising a QUANTITY_DISCREPANCY alert), within it to RECEIVED; the "
                    + "other is 409. Receipt later than ecocity.waste.manifest.receipt-working-days (5 by default, "
                    + "unverified) working days after the pickup day marks the manifest overdue (RECEIPT_OVERDUE alert). "
                    + "Every transition is kept with its actor, when it happened and when it was recorded. "
                    + "Each move is made by one party and needs its role: the consigner (manifest:consigner) submits "
                    + "(DRAFT → SUBMITTED) and cancels; the carrier (manifest:carrier) confirms pickup (SUBMITTED → "
                    + "IN_TRANSIT); the receiver (manifest:receiver) records the receipt (→ RECEIVED or DISCREPANCY), "
                    + "decides a discrepancy (→ RECEIVED or REJECTED) and closes (RECEIVED → CLOSED). Another party's "
                    + "move is a 403 naming the role it needs. A caller acting for an organisation (a token's org claim, "
                    + "an API key's organisation) moves only its own manifests: a consigner those whose consigner is "
                    + "the organisation, a carrier those whose carrier it is, a receiver those addressed to its "
                    + "facility (receiverFacilityId); otherwise 403 and nothing changes. A caller without an "
                    + "organisation makes its role's moves on every manifest. The actor recorded is the caller's "
                    + "authenticated name; the body's actor only while security is off.")
    public ManifestResponse transition(@PathParam("manifestNumber") String manifestNumber, @NotNull TransitionRequest request) {
        ManifestEntity manifest = service.transition(manifestNumber, new ManifestService.TransitionCommand(request.to(),
                caller.actor(request.actor()), request.occurredAt(), request.receivedTonnes(), request.note()),
                this::requireParty);
        return view(manifest);
    }

    /** The role of each party's moves. */
    static String roleOf(ManifestParty party) {
        return switch (party) {
            case CONSIGNER -> Roles.MANIFEST_CONSIGNER;
            case CARRIER -> Roles.MANIFEST_CARRIER;
            case RECEIVER -> Roles.MANIFEST_RECEIVER;
        };
    }

    /**
     * Refuses (403) a move the caller may not make: without the role of the party that makes it, or, acting for an
     * organisation, on a manifest where that party is another one. A manifest that names no party of the kind (no
     * carrier) admits every caller of the role.
     */
    private void requireParty(ManifestEntity manifest, ManifestState to, ManifestParty party) {
        String role = roleOf(party);
        if (!caller.hasRole(role)) {
            throw new ForbiddenException("moving manifest " + manifest.manifestNumber + " from " + manifest.state
                    + " to " + to + " is the " + party.name().toLowerCase(Locale.ROOT) + "'s move; it needs the role " + role);
        }
        String named = switch (party) {
            case CONSIGNER -> manifest.consigner;
            case CARRIER -> manifest.carrier;
            case RECEIVER -> manifest.receiverFacilityId;
        };
        String what = switch (party) {
            case CONSIGNER -> "is consigned by ";
            case CARRIER -> "is carried by ";
            case RECEIVER -> "is addressed to facility ";
        };
        caller.organisation().filter(own -> named != null && !named.isBlank() && !own.equals(named.trim()))
                .ifPresent(own -> {
                    throw new ForbiddenException("manifest " + manifest.manifestNumber + " " + what + named
                            + "; this caller acts for " + own + " only");
                });
    }

    @GET
    @Path("{manifestNumber}")
    @Operation(summary = "One manifest with every transition")
    public ManifestResponse get(@PathParam("manifestNumber") String manifestNumber) {
        return view(service.require(manifestNumber));
    }

    @GET
    @Operation(summary = "List manifests", description = "In number order, optionally of one state, consigner town or "
            + "receiving facility; limit at most 1000, cursor from nextCursor. Transitions are left out; read one manifest for them.")
    public Page<ManifestResponse> list(@QueryParam("state") String state, @QueryParam("town") String town,
            @QueryParam("facilityId") String facilityId, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        ManifestState wanted = null;
        if (state != null) {
            wanted = Arrays.stream(ManifestState.values()).filter(s -> s.name().equals(state)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("state", "'" + state + "' is not one of "
                            + Arrays.toString(ManifestState.values())));
        }
        List<ManifestEntity> rows = service.page(wanted, town, facilityId, page.after(), page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<ManifestResponse> items = rows.stream().limit(page.limit())
                .map(m -> ManifestResponse.of(m, rules.stateMachine().nextStates(m.state), service.receiptDeadline(m), null))
                .toList();
        return new Page<>(items, more ? PageRequest.encode(items.get(items.size() - 1).manifestNumber()) : null);
    }

    private ManifestResponse view(ManifestEntity manifest) {
        return ManifestResponse.of(manifest, rules.stateMachine().nextStates(manifest.state), service.receiptDeadline(manifest),
                service.transitionsOf(manifest.manifestNumber));
    }
}
