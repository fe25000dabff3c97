package io.ecocity.waste.rest;

import io.ecocity.support.api.BeijingTime;
import io.ecocity.support.api.Page;
import io.ecocity.support.api.PageRequest;
import io.ecocity.support.api.ReportingPeriod;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.support.problem.NotFoundProblemException;
import io.ecocity.support.security.Caller;
import io.ecocity.support.security.Roles;
import io.ecocity.waste.repository.MonthlyReportEntity;
import io.ecocity.waste.repository.MonthlyReportRepository;
import io.ecocity.waste.repository.ReportQuantityEntity;
import io.ecocity.waste.service.ReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/waste/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Monthly waste figures per town and stream")
public class ReportResource {

    private final ReportService service;
    private final MonthlyReportRepository reports;
    private final Caller caller;

    public ReportResource(ReportService service, MonthlyReportRepository reports, Caller caller) {
        this.service = service;
        this.reports = reports;
        this.caller = caller;
    }

    public record ItemResponse(String town, String month, long revision, ReportService.Outcome outcome, Set<String> streams) {
    }

    public record SubmissionResponse(List<ItemResponse> items, int indicatorEvents, int targetEvents) {
    }

    @RolesAllowed(Roles.INGEST_WASTE)
    @POST
    @Operation(summary = "Submit monthly reports (a batch of up to 1000)",
            description = "Each item is one town's month. Refused with 400 and nothing stored when any item is bad: a "
                    + "negative or non-numeric figure, more than 6 decimals, more utilised than available (see "
                    + "MonthlyReportValidator: e.g. industrialSolid.utilised ≤ generated + utilisedFromStorage, "
                    + "construction.resourceUtilised ≤ generated), an unknown town, stream or quantity, a month not yet "
                    + "begun, or the same town, month and stream twice in one request; errors name each item by index. "
                    + "A stream sent again for a town's month replaces it (a correction) and recomputes the indicators; "
                    + "sending the same figures again changes nothing. Changed values are announced on waste.indicators "
                    + "and waste.targets. The same report may come as ecocity.waste.report-submitted.v1 on waste.reports. "
                    + "Needs ingest:waste; a town office's caller (a token with a town claim, an API key with a town) "
                    + "submits only its own town's reports: an item of another town is a 403 naming it, and nothing of "
                    + "the batch is stored.")
    public SubmissionResponse submit(List<ReportRequest> body) {
        List<ReportService.ReportItem> items = body == null ? List.of() : new ArrayList<>(body.size());
        if (body != null) {
            body.forEach(r -> items.add(r == null ? null : new ReportService.ReportItem(r.town(), r.month(), r.quantities())));
            requireOwnTown(body);
        }
        ReportService.Submission submission = service.submitRequest(items, "api");
        return new SubmissionResponse(submission.items().stream()
                .map(i -> new ItemResponse(i.town(), i.month().toString(), i.revision(), i.outcome(), i.streams())).toList(),
                submission.indicatorEvents(), submission.targetEvents());
    }

    @GET
    @Transactional
    @Operation(summary = "List stored reports",
            description = "In month, then town order; optionally of one town and the months lying wholly within period "
                    + "(2023, 2023-Q2, 2023-05, ytd) or from/to. Paged with limit (≤ 1000) and cursor.")
    public Page<ReportResponse> list(@QueryParam("town") String town, @QueryParam("period") String period,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        YearMonth first = YearMonth.of(2000, 1);
        YearMonth last = YearMonth.from(BeijingTime.today());
        if (period != null || from != null || to != null) {
            ReportingPeriod range = ReportingPeriod.parse(period, from, to, BeijingTime.today());
            first = YearMonth.from(range.from());
            last = YearMonth.from(range.to());
        }
        if (page.after() != null && !page.after().matches("\\d{4}-\\d{2}-01\\|.+")) {
            throw new InvalidInputException("cursor", "cursor is not one this API issued");
        }
        List<MonthlyReportEntity> rows = reports.page(first, last, town, page.after(), page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<MonthlyReportEntity> shown = rows.stream().limit(page.limit()).toList();
        Map<Long, List<ReportQuantityEntity>> quantities = new HashMap<>();
        reports.quantitiesOf(shown.stream().map(r -> r.id).toList())
                .forEach(q -> quantities.computeIfAbsent(q.report.id, id -> new ArrayList<>()).add(q));
        List<ReportResponse> items = shown.stream()
                .map(r -> ReportResponse.of(r, quantities.getOrDefault(r.id, List.of()))).toList();
        String next = null;
        if (more) {
            MonthlyReportEntity lastShown = shown.get(shown.size() - 1);
            next = PageRequest.encode(lastShown.monthStart + "|" + lastShown.town);
        }
        return new Page<>(items, next);
    }

    @GET
    @Path("{town}/{month}")
    @Transactional
    @Operation(summary = "One town's month as stored")
    public ReportResponse get(@PathParam("town") String town, @PathParam("month") String month) {
        YearMonth reportMonth;
        try {
            reportMonth = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "month '" + month + "' is not YYYY-MM");
        }
        MonthlyReportEntity report = reports.findByTownAndMonth(town, reportMonth)
                .orElseThrow(() -> new NotFoundProblemException("no report of " + town + " for " + month));
        return ReportResponse.of(report, report.quantities);
    }

    /**
     * A town office's caller submits only its own town's months (403 naming the first item of another town). An item
     * without a town is left to the validation of the batch (400); the town is in the body, so this costs no query.
     */
    private void requireOwnTown(List<ReportRequest> body) {
        if (caller.town().isEmpty()) {
            return;
        }
        for (int i = 0; i < body.size(); i++) {
            ReportRequest item = body.get(i);
            if (item != null && item.town() != null) {
                caller.requireTown(item.town(), "report " + i + " (" + item.town() + " " + item.month() + ")");
            }
        }
    }
}
