package io.ecocity.water.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.support.security.Caller;
import io.ecocity.support.security.Roles;
import io.ecocity.water.domain.WaterClass;
import io.ecocity.water.service.SampleIngestService;
import io.ecocity.water.service.SampleIngestService.Outcome;
import io.ecocity.water.service.SampleIngestService.Stored;
import io.ecocity.water.service.SampleValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/water/samples")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Samples", description = "Monthly manual samples and automatic-station samples")
public class SampleResource {

    private final SampleValidator validator;
    private final SampleIngestService ingest;
    private final Caller caller;

    public SampleResource(SampleValidator validator, SampleIngestService ingest, Caller caller) {
        this.validator = validator;
        this.ingest = ingest;
        this.caller = caller;
    }

    @RolesAllowed(Roles.INGEST_WATER)
    @POST
    @Operation(summary = "Report a batch of samples",
            description = "A JSON array of {\"sectionId\", \"sampledAt\" (ISO-8601 with offset), \"values\": {item code → "
                    + "value}}, the same fields as an ecocity.water.sample-reported.v1 event on water.samples. Item codes "
                    + "are those of GB 3838 Table 1 (PH, DO, CODMn, COD, BOD5, NH3N, TP, TN, Cu, Zn, F, Se, As, Hg, Cd, "
                    + "Cr6, Pb, CN, VPhenol, Oil, LAS, S2, FC, WT); units are fixed: mg/L, pH dimensionless, FC count/L, "
                    + "WT °C. An unknown section or item, a negative value, a pH outside 0–14, a time in the future or the "
                    + "same section and time twice in the batch is a 400 problem naming each bad item by index, and "
                    + "nothing of the batch is stored. A sample for a section and time already stored is a correction: "
                    + "it replaces the values, is classified and announced again (correction=true); the same values "
                    + "again change nothing. Each changed sample emits ecocity.water.sample-assessed.v1 and its alerts; "
                    + "the section's year, the city's year and the target progress are recomputed shortly after, once "
                    + "per section-year. Needs ingest:water; a town system's caller (a token with a town claim, an API "
                    + "key with a town) posts only for the sections of its own town: a sample of another town's section "
                    + "is a 403 naming the section, and nothing of the batch is stored.")
    @RequestBody(description = "Array of samples")
    public SampleBatchResponse report(String body) {
        JsonNode node = validator.readRequestBody(body);
        SampleValidator.Checked checked = validator.checkBatch(node);
        if (!checked.valid()) {
            long bad = checked.errors().stream().map(e -> e.index()).distinct().count();
            throw new InvalidInputException(bad + " of " + (node != null && node.isArray() ? node.size() : 0)
                    + " samples are invalid; nothing was stored", checked.errors());
        }
        requireOwnTown(checked.samples());
        List<Stored> stored = ingest.ingest(checked.samples());
        List<SampleBatchResponse.Item> items = new ArrayList<>(stored.size());
        int[] counts = new int[Outcome.values().length];
        for (int i = 0; i < stored.size(); i++) {
            Stored s = stored.get(i);
            counts[s.outcome().ordinal()]++;
            items.add(new SampleBatchResponse.Item(i, s.sample().sectionId(), BeijingTime.of(s.sample().sampledAt()),
                    s.outcome().name(), s.assessment().flatMap(a -> a.sectionClass()).map(WaterClass::name).orElse(null),
                    s.compliance().map(c -> c.meetsTarget()).orElse(null),
                    s.assessment().map(a -> a.mainPollutants().stream().map(p -> p.item().code()).toList()).orElse(null)));
        }
        return new SampleBatchResponse(counts[Outcome.CREATED.ordinal()], counts[Outcome.CORRECTED.ordinal()],
                counts[Outcome.UNCHANGED.ordinal()], items);
    }

    /**
     * A town system's caller posts only for the sections of its own town (403 naming the first other one). The
     * validator has already read each distinct section once, so the check costs no query, for any caller.
     */
    private void requireOwnTown(List<SampleValidator.CheckedSample> samples) {
        if (caller.town().isEmpty()) {
            return;
        }
        Set<String> checked = new HashSet<>();
        for (SampleValidator.CheckedSample sample : samples) {
            if (checked.add(sample.sectionId())) {
                caller.requireTown(sample.section().town, "section " + sample.sectionId());
            }
        }
    }
}
