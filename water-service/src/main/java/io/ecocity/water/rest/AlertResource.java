package io.ecocity.water.rest;

import io.ecocity.events.common.Alert;
import io.ecocity.support.api.Page;
import io.ecocity.support.api.PageRequest;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.water.repository.AlertEntity;
import io.ecocity.water.repository.AlertRepository;
import io.ecocity.water.service.AlertService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/water/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "Water alerts, as announced on water.alerts")
public class AlertResource {

    private final AlertRepository alerts;

    public AlertResource(AlertRepository alerts) {
        this.alerts = alerts;
    }

    @GET
    @Operation(summary = "List alerts",
            description = "Kinds: SAMPLE_WORSE_THAN_TARGET (a sample worse than its section's target class, naming the "
                    + "items), DO_BELOW_TARGET (dissolved oxygen below the target class's limit), SECTION_NO_SAMPLE (an "
                    + "assessed section without a sample in the month by the configured day, default the 20th). "
                    + "state=RAISED or CLEARED; sectionId; in alertId order, limit at most 1000.")
    public Page<Alert> list(@QueryParam("state") String state, @QueryParam("sectionId") String sectionId,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        if (state != null && !List.of("RAISED", "CLEARED").contains(state)) {
            throw new InvalidInputException("state", "state is RAISED or CLEARED");
        }
        PageRequest page = PageRequest.of(limit, cursor);
        List<AlertEntity> rows = alerts.pageAfter(page.after(), state, sectionId, page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<AlertEntity> shown = rows.stream().limit(page.limit()).toList();
        return new Page<>(shown.stream().map(AlertService::toEvent).toList(),
                more ? PageRequest.encode(shown.get(shown.size() - 1).alertId) : null);
    }
}
