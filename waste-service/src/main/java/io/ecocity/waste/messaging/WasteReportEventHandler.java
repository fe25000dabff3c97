package io.ecocity.waste.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.support.events.EventHandler;
import io.ecocity.support.events.ReceivedEvent;
import io.ecocity.support.events.RejectedEventException;
import io.ecocity.support.problem.FieldError;
import io.ecocity.support.problem.InvalidInputException;
import io.ecocity.waste.service.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Monthly reports sent by town offices on {@code waste.reports} (ecocity.waste.report-submitted.v1, keyed by town).
 * They pass the same checks as {@code POST /api/waste/reports}; one that breaks its schema or a rule goes to
 * {@code waste.reports.dlq} with every problem in {@code dlq_reason}, and nothing of it is stored.
 */
@ApplicationScoped
public class WasteReportEventHandler implements EventHandler {

    private final ReportService reports;
    private final ObjectMapper json;

    public WasteReportEventHandler(ReportService reports, ObjectMapper json) {
        this.reports = reports;
        this.json = json;
    }

    @Override
    public java.util.Set<String> topics() {
        return java.util.Set.of(Topics.WASTE_REPORTS);
    }

    @Override
    public void handle(ReceivedEvent event) {
        if (!EventType.WASTE_REPORT_SUBMITTED.type().equals(event.type())) {
            throw new RejectedEventException("waste.reports carries " + EventType.WASTE_REPORT_SUBMITTED.type()
                    + " only, not '" + event.type() + "'");
        }
        List<String> violations = EventContracts.violations(event.type(), event.body());
        if (!violations.isEmpty()) {
            throw new RejectedEventException("breaks its schema waste-report.v1: " + String.join("; ", violations));
        }
        ReportService.ReportItem item;
        try {
            // read as the service's item, whose quantities refuse a key given twice; the schema fixed the fields
            item = json.readValue(event.body(), ReportService.ReportItem.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RejectedEventException("cannot be read: " + io.ecocity.support.problem.ProblemMappers.plainMessage(e,
                    null), e);
        } catch (IOException e) {
            throw new RejectedEventException("cannot be read: " + e.getMessage(), e);
        }
        if (event.key() != null && !event.key().equals(item.town())) {
            throw new RejectedEventException("keyed by '" + event.key() + "' but reports town '" + item.town()
                    + "'; waste.reports is keyed by town");
        }
        List<FieldError> errors = reports.validate(List.of(item));
        if (!errors.isEmpty()) {
            throw new RejectedEventException(describe(errors));
        }
        try {
            reports.submit(List.of(item), "kafka " + event.source() + " " + event.id());
        } catch (InvalidInputException e) {
            throw new RejectedEventException(describe(e.errors()), e);
        }
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; "));
    }
}
