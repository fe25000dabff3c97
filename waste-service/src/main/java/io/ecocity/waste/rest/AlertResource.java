package io.ecocity.waste.rest;

import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.api.Page;
import io.ecocity.support.api.PageRequest;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.waste.repository.AlertEntity;
import io.ecocity.waste.repository.AlertRepository;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/waste/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "Manifest and facility alerts, as announced on waste.alerts")
public class AlertResource {

    private final AlertRepository alerts;

    public AlertResource(AlertRepository alerts) {
        this.alerts = alerts;
    }

    public record AlertResponse(String alertId, String kind, String severity, String state, String subjectId, String town,
            String title, String message, BigDecimal value, BigDecimal threshold, String unit, OffsetDateTime raisedAt,
            OffsetDateTime clearedAt) {
    }

    @GET
    @Transactional
    @Operation(summary = "List alerts, newest first",
            description = "kind: RECEIPT_OVERDUE and QUANTITY_DISCREPANCY (subject: the manifest number), "
                    + "CAPACITY_NEAR_LIMIT and NO_PERMITTED_CAPACITY (subject: the facility id). state: RAISED or CLEARED.")
    public Page<AlertResponse> list(@QueryParam("state") String state, @QueryParam("kind") String kind,
            @QueryParam("subjectId") String subjectId, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        Long before = null;
        if (page.after() != null) {
            try {
                before = Long.valueOf(page.after());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("cursor", "cursor is not one this API issued");
            }
        }
        List<AlertEntity> rows = alerts.page(state, kind, subjectId, before, page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<AlertEntity> shown = rows.stream().limit(page.limit()).toList();
        List<AlertResponse> items = shown.stream().map(a -> new AlertResponse(a.alertId, a.kind, a.severity, a.state, a.subjectId,
                a.town, a.title, a.message, a.value == null ? null : a.value.stripTrailingZeros(),
                a.threshold == null ? null : a.threshold.stripTrailingZeros(), a.unit, BeijingTime.of(a.raisedAt),
                BeijingTime.of(a.clearedAt))).toList();
        return new Page<>(items, more ? PageRequest.encode(Long.toString(shown.get(shown.size() - 1).id)) : null);
    }
}
