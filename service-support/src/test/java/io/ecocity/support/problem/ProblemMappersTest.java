package io.ecocity.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.ecocity.support.input.BoundedJsonCustomizer;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The problem answers of failures that no resource maps itself; plain Java, Jackson as the services configure it. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    record Item(BigDecimal pm25, String stationId, OffsetDateTime time, List<String> tags) {
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new BoundedJsonCustomizer().customize(mapper);
        return mapper;
    }

    private Problem readFailure(String json) {
        MismatchedInputException e = assertThrows(MismatchedInputException.class, () -> mapper().readValue(json, Item.class));
        Response response = mappers.unreadableJson(e);
        assertEquals(400, response.getStatus());
        return (Problem) response.getEntity();
    }

    @Test
    void jacksonsJavaTypeNamesAreRewrittenToTheFieldAndItsJsonType() {
        Problem wrongNumber = readFailure("{\"pm25\":\"abc\"}");
        assertEquals("pm25 must be a JSON number", wrongNumber.detail());
        assertEquals("pm25", wrongNumber.errors().get(0).field());
        assertEquals("stationId must be a JSON string", readFailure("{\"stationId\":{\"a\":1}}").detail());
        assertEquals("tags must be a JSON array", readFailure("{\"tags\":{\"a\":1}}").detail());
        assertEquals("time must be an ISO-8601 string", readFailure("{\"time\":\"yesterday\"}").detail());
        Problem huge = readFailure("{\"pm25\":1e999999999}");
        assertEquals("pm25: the number is too large: at most 30 digits before the decimal point", huge.detail());
        for (Problem p : List.of(wrongNumber, huge, readFailure("[1]"))) {
            assertFalse(p.detail().contains("java") || p.detail().contains("`") || p.detail().contains("Item"), p.detail());
        }
    }

    @Test
    void errorsAnswerAnInternalProblemWithoutTheirNames() {
        Response response = mappers.unexpectedError(new StackOverflowError("deep in io.ecocity.Something"));
        assertEquals(500, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertFalse(problem.detail().contains("StackOverflow") || problem.detail().contains("io.ecocity"));
        assertEquals(500, mappers.unexpectedError(new Exception("checked")).getStatus());
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503WithRetryAfterNotAnInternalError() {
        RuntimeException refused = new RuntimeException("could not begin",
                new jakarta.persistence.PersistenceException(new SQLException("Connection refused", "08001")));
        RuntimeException shuttingDown = new RuntimeException(new SQLException("terminating connection", "57P01"));
        RuntimeException poolTimeout = new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection"));
        RuntimeException lost = new RuntimeException(new java.sql.SQLTransientConnectionException("gone"));
        // a commit the server cut off: the transaction manager's exception has no cause, only what it suppressed
        Exception rollback = new Exception("Could not commit transaction.");
        rollback.addSuppressed(new Exception("transactionCommit",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        RuntimeException commitCutOff = new RuntimeException("Error invoking subclass method", rollback);
        for (RuntimeException outage : List.of(refused, shuttingDown, poolTimeout, lost, commitCutOff)) {
            assertTrue(DatabaseOutage.causedBy(outage), outage.getMessage());
            Response response = mappers.unexpected(outage);
            assertEquals(503, response.getStatus());
            assertEquals("5", response.getHeaderString("Retry-After"));
            assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
            assertTrue(((Problem) response.getEntity()).detail().contains("nothing of the request was stored"));
        }
        // a fault of the request's own content, or of the code, is not an outage
        assertFalse(DatabaseOutage.causedBy(new RuntimeException(new SQLException("not null", "23502"))));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("a bug")));
        assertEquals(500, mappers.unexpected(new IllegalStateException("a bug")).getStatus());
    }

    @Test
    void aUniqueViolationAtCommitIsAConflictWithTheExistingResource() {
        RuntimeException atCommit = new RuntimeException("commit failed",
                new jakarta.persistence.PersistenceException("flush", new SQLException("duplicate key", "23505")));
        assertTrue(DuplicateKeys.violatedBy(atCommit));
        assertFalse(DuplicateKeys.violatedBy(new RuntimeException(new SQLException("not null", "23502"))));
        assertEquals(409, mappers.unexpected(atCommit).getStatus());
        ConflictException conflict = assertThrows(ConflictException.class, () -> DuplicateKeys.create(() -> {
            throw atCommit;
        }, "exists", () -> URI.create("/api/x/1")));
        Response response = mappers.conflict(conflict);
        assertEquals(409, response.getStatus());
        assertEquals(URI.create("/api/x/1"), response.getLocation());
    }
}
