package io.ecocity.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 problem; no stack trace or class name ever reaches a caller. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return Problem.of(400, "invalid-input", "Invalid input", e.getMessage()).withErrors(e.errors()).toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return Problem.of(409, "conflict", "Conflict", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblemException e) {
        return Problem.of(404, "not-found", "Not found", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> FieldError.of(fieldOf(v), v.getMessage()))
                .toList();
        return Problem.of(400, "invalid-input", "Invalid input", "the request breaks " + errors.size() + " rule(s)")
                .withErrors(errors).toResponse();
    }

    /** Declared for the exact type so that it wins over the framework's own mapper of that type. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            message = "unknown field '" + unknown.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "'" + invalid.getValue() + "' is not one of "
                    + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants());
        } else {
            message = e.getOriginalMessage();
        }
        Problem problem = Problem.of(400, "unreadable-body", "Unreadable request body", message);
        return (field == null ? problem : problem.withErrors(List.of(FieldError.of(field, message)))).toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        String title = original.getStatusInfo().getReasonPhrase();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return Problem.of(status, slugOf(title), title, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("request failed", e);
        return Problem.of(500, "internal-error", "Internal error",
                "the service could not complete the request; it is logged").toResponse();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "register.request.name" → "name": callers know the body, not the Java method
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }

    private static String slugOf(String title) {
        return title == null ? "error" : title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
