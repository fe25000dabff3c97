package io.ecocity.air.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecocity.air.service.ObservationIngestService;
import io.ecocity.air.service.ObservationValidator;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.support.events.EventHandler;
import io.ecocity.support.events.ReceivedEvent;
import io.ecocity.support.events.RejectedEventException;
import io.ecocity.support.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hourly observations from data loggers on {@code air.observations}: checked exactly as the REST batch items are;
 * bad content is rejected (to {@code air.observations.dlq} with the reason) and nothing of it is stored.
 */
@ApplicationScoped
public class ObservationEventHandler implements EventHandler {

    private final ObservationValidator validator;
    private final ObservationIngestService ingest;

    public ObservationEventHandler(ObservationValidator validator, ObservationIngestService ingest) {
        this.validator = validator;
        this.ingest = ingest;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.AIR_OBSERVATIONS);
    }

    @Override
    public void handle(ReceivedEvent event) {
        if (!EventType.AIR_OBSERVATION_REPORTED.type().equals(event.type())) {
            throw new RejectedEventException("unexpected ce_type '" + event.type() + "' on " + event.topic()
                    + "; expected " + EventType.AIR_OBSERVATION_REPORTED.type());
        }
        JsonNode body;
        try {
            body = validator.read(event.body());
        } catch (IOException e) {
            throw new RejectedEventException("body is not JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        ObservationValidator.Checked checked = validator.checkOne(body);
        if (!checked.valid()) {
            throw new RejectedEventException(checked.errors().stream()
                    .map(ObservationEventHandler::describe)
                    .collect(Collectors.joining("; ")));
        }
        ingest.ingestAtCommit(checked.observations().get(0));
    }

    private static String describe(FieldError error) {
        return error.field() == null ? error.message() : error.field() + ": " + error.message();
    }
}
