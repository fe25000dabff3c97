package io.ecocity.water.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.support.events.EventHandler;
import io.ecocity.support.events.ReceivedEvent;
import io.ecocity.support.events.RejectedEventException;
import io.ecocity.support.problem.FieldError;
import io.ecocity.water.service.SampleIngestService;
import io.ecocity.water.service.SampleValidator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Samples from stations and laboratories on {@code water.samples}: checked exactly as the items of the REST batch
 * are; bad content goes to {@code water.samples.dlq} with the reason, and nothing of it is stored.
 */
@ApplicationScoped
public class SampleEventHandler implements EventHandler {

    private final SampleValidator validator;
    private final SampleIngestService ingest;

    public SampleEventHandler(SampleValidator validator, SampleIngestService ingest) {
        this.validator = validator;
        this.ingest = ingest;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.WATER_SAMPLES);
    }

    @Override
    public void handle(ReceivedEvent event) {
        if (!EventType.WATER_SAMPLE_REPORTED.type().equals(event.type())) {
            throw new RejectedEventException("unexpected ce_type '" + event.type() + "' on " + event.topic()
                    + "; expected " + EventType.WATER_SAMPLE_REPORTED.type());
        }
        JsonNode body;
        try {
            body = validator.read(event.body());
        } catch (JsonProcessingException e) {
            throw new RejectedEventException("body is not JSON: " + io.ecocity.support.problem.ProblemMappers.plainMessage(e, null));
        }
        SampleValidator.Checked checked = validator.checkOne(body);
        if (!checked.valid()) {
            throw new RejectedEventException(checked.errors().stream()
                    .map(SampleEventHandler::describe)
                    .collect(Collectors.joining("; ")));
        }
        String sectionId = checked.samples().get(0).sectionId();
        // the key orders a section's samples on one partition; a sample under another key could overtake its correction
        if (event.key() != null && !event.key().equals(sectionId)) {
            throw new RejectedEventException("key '" + event.key() + "' differs from sectionId '" + sectionId
                    + "'; water.samples is keyed by section id");
        }
        ingest.ingest(checked.samples());
    }

    private static String describe(FieldError error) {
        return error.field() == null ? error.message() : error.field() + ": " + error.message();
    }
}
