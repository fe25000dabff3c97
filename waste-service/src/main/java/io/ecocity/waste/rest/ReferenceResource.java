package io.ecocity.waste.rest;

import io.ecocity.waste.domain.WasteQuantity;
import io.ecocity.waste.service.WasteRules;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/waste")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference", description = "What reports and catalogue formulas may name")
public class ReferenceResource {

    private final WasteRules rules;

    public ReferenceResource(WasteRules rules) {
        this.rules = rules;
    }

    @Schema(description = "A reported quantity, in tonnes per month")
    public record QuantityResponse(
            @Schema(example = "household.collected") String key,
            @Schema(example = "household") String stream,
            @Schema(example = "生活垃圾清运量") String nameZh,
            @Schema(example = "t") String unit) {
    }

    @GET
    @Path("quantities")
    @Operation(summary = "The quantities of a monthly report",
            description = "Keys are <stream>.<field>. household.collected is the sanitation collection (清运量); "
                    + "household.recycled (可回收物回收量) is recovered by the recycling network and is not part of it. "
                    + "industrialSolid.utilised (综合利用量) includes industrialSolid.utilisedFromStorage (综合利用往年贮存量).")
    public List<QuantityResponse> quantities() {
        return Arrays.stream(WasteQuantity.values()).map(q -> new QuantityResponse(q.key(), q.stream(), q.nameZh(), "t")).toList();
    }

    @GET
    @Path("towns")
    @Operation(summary = "The towns (镇街) that report",
            description = "Configuration (ecocity.waste.towns); a report or manifest naming another town is refused.")
    public List<String> towns() {
        return rules.towns();
    }
}
