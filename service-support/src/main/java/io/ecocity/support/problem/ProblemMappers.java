package io.ecocity.support.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.ecocity.support.input.JsonLimits;
import io.micrometer.core.instrument.Metrics;
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
    /** Requests answered 500, by {@code kind} (exception or error); a micrometer registry exports it if present. */
    public static final String UNEXPECTED_FAILURES = "ecocity.http.unexpected.failures";
    /** Requests answered 503 because the database could not be reached. */
    public static final String DATABASE_UNAVAILABLE = "ecocity.http.database.unavailable";
    /** How long a caller should wait before resending a write refused while the database was unreachable. */
    static final String RETRY_AFTER_SECONDS = "5";
    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("Duplicate field '(.*)'");

    /** No credentials, or credentials that do not verify (bad signature, issuer, audience, expired, unknown key). */
    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class,
            io.quarkus.security.AuthenticationFailedException.class,
            io.quarkus.security.AuthenticationCompletionException.class})
    public Response unauthenticated(Exception e) {
        return Response.fromResponse(Problem.of(401, "unauthenticated", "Unauthenticated",
                        "this operation needs a bearer token (Authorization: Bearer ...) or an API key (X-API-Key) "
                                + "that verifies; none was sent or the one sent was refused").toResponse())
                .header("WWW-Authenticate", "Bearer realm=\"ecocity\"").build();
    }

    /** Authenticated, but without the role, or for another town, facility or enterprise than the data's. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "the caller lacks the role this operation needs (see its security requirement in the API document)"
                : e.getMessage();
        return Problem.of(403, "forbidden", "Forbidden", detail).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return Problem.of(400, "invalid-input", "Invalid input", e.getMessage()).withErrors(e.errors()).toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        Response response = Problem.of(409, "conflict", "Conflict", e.getMessage()).toResponse();
        return e.location() == null ? response : Response.fromResponse(response).location(e.location()).build();
    }

    /** A stale {@code If-Match} (see {@link Revisions}). */
    @ServerExceptionMapper
    public Response stale(StaleRevisionException e) {
        return Problem.of(412, "precondition-failed", "Precondition failed", e.getMessage()).toResponse();
    }

    /** An update that lost the race to a concurrent one at commit: the caller reads again, never a 500. */
    @ServerExceptionMapper
    public Response lostRace(jakarta.persistence.OptimisticLockException e) {
        return Problem.of(409, "conflict", "Conflict",
                "the resource was changed by another request at the same moment; read it again").toResponse();
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

    /** Declared for the exact type: the reader's limits are not the framework's 400 with Jackson's wording. */
    @ServerExceptionMapper
    public Response jsonLimits(StreamConstraintsException e) {
        boolean document = e.getMessage() != null && e.getMessage().startsWith("Document length");
        if (document) {
            return Problem.of(413, "body-too-large", "Request body too large",
                    "the body is longer than " + JsonLimits.MAX_DOCUMENT_LENGTH + " bytes").toResponse();
        }
        return Problem.of(400, "unreadable-body", "Unreadable request body", "the JSON exceeds the reader's limits: "
                + "numbers of at most " + JsonLimits.MAX_NUMBER_LENGTH + " characters, nesting at most "
                + JsonLimits.MAX_NESTING_DEPTH + " levels deep, strings of at most " + JsonLimits.MAX_STRING_LENGTH
                + " characters, field names of at most " + JsonLimits.MAX_NAME_LENGTH + " characters").toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException limits) {
            return jsonLimits(limits);
        }
        String field = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        } else if (e instanceof JsonParseException parse) {
            field = duplicatedField(parse);
        }
        String message = plainMessage(e, field);
        Problem problem = Problem.of(400, "unreadable-body", "Unreadable request body", message);
        return (field == null ? problem : problem.withErrors(List.of(FieldError.of(field, message)))).toResponse();
    }

    /**
     * Jackson's messages name Java types ("Cannot deserialize value of type `java.math.BigDecimal`", a record's
     * class); a caller is told the field and the JSON it expects instead.
     */
    public static String plainMessage(JsonProcessingException e, String field) {
        String subject = field == null ? "the body" : field;
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "'" + invalid.getValue() + "' is not one of "
                    + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants());
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        // a field twice is a parse error, but arrives wrapped with its path when a deserializer of ours was reading
        java.util.regex.Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.lookingAt()) {
            return "field '" + duplicate.group(1) + "' is given twice";
        }
        if (original.startsWith("the number ")) {
            return subject + ": " + original; // our own bound, already in plain words
        }
        if (e instanceof MismatchedInputException mismatch) {
            Class<?> target = mismatch.getTargetType();
            if (target == null || !mentionsJava(original)) {
                return mentionsJava(original) ? subject + " has the wrong JSON type" : original;
            }
            return subject + " must be " + jsonTypeOf(target);
        }
        if (e instanceof JsonParseException) {
            String first = original.lines().findFirst().orElse("");
            if (first.startsWith("Non-standard token")) {
                return "the body is not valid JSON: NaN and Infinity are not JSON numbers";
            }
            return "the body is not valid JSON: " + (mentionsJava(first) ? "unexpected content" : first);
        }
        return mentionsJava(original) ? "the body cannot be read as the JSON this endpoint expects" : original;
    }

    /** Where a field given twice is: the object holding it ({@code [0].quantities}), or the field at the top. */
    private static String duplicatedField(JsonParseException e) {
        String first = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        java.util.regex.Matcher duplicate = DUPLICATE.matcher(first);
        com.fasterxml.jackson.core.JsonParser parser = e.getProcessor();
        if (!duplicate.lookingAt() || parser == null || parser.getParsingContext() == null) {
            return null;
        }
        List<String> parts = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.core.JsonStreamContext c = parser.getParsingContext().getParent();
             c != null && !c.inRoot(); c = c.getParent()) {
            parts.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : String.valueOf(c.getCurrentName()));
        }
        return parts.isEmpty() ? duplicate.group(1) : String.join(".", parts).replace(".[", "[");
    }

    private static boolean mentionsJava(String message) {
        return message.contains("`") || message.contains("java.") || message.contains("io.ecocity")
                || message.contains("jakarta.") || message.contains("com.fasterxml");
    }

    private static String jsonTypeOf(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            return "a JSON number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "a JSON string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type) || type == java.time.ZoneId.class
                || java.time.temporal.TemporalAmount.class.isAssignableFrom(type)) {
            return "an ISO-8601 string";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        return "a JSON object";
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json); // the framework's reader wraps syntax errors (a field twice) in a bare 400
        }
        if (e.getCause() instanceof InvalidInputException invalid) {
            return invalidInput(invalid); // a parameter NumericParameters could not read, wrapped in a bare 404 or 400
        }
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
        if (DuplicateKeys.violatedBy(e)) {
            // a concurrent creation of the same key that the resource did not name: still the caller's conflict
            return Problem.of(409, "conflict", "Conflict",
                    "a resource with the same key was stored at the same moment; read it and retry").toResponse();
        }
        if (DatabaseOutage.causedBy(e)) {
            LOG.warnf("a request could not reach the database: %s", e.getMessage());
            Metrics.counter(DATABASE_UNAVAILABLE).increment();
            return Response.fromResponse(Problem.of(503, "database-unavailable", "Service unavailable",
                            "the service's database cannot be reached at the moment; nothing of the request was stored;"
                                    + " send it again after Retry-After seconds").toResponse())
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        if (StoredValues.refusedBy(e)) {
            LOG.warn("the database refused a value of a request", e);
            return Problem.of(400, "invalid-input", "Invalid input",
                    "a value of the request cannot be stored (a control character in a text, or a value too large)")
                    .toResponse();
        }
        return internalError(e, "exception");
    }

    /** Errors too (StackOverflowError, an assertion): a problem without internal names, logged and counted. */
    @ServerExceptionMapper
    public Response unexpectedError(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            return unexpected(runtime);
        }
        return internalError(e, e instanceof Error ? "error" : "exception");
    }

    private static Response internalError(Throwable e, String kind) {
        LOG.error("request failed", e);
        Metrics.counter(UNEXPECTED_FAILURES, "kind", kind).increment();
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
