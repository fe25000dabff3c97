package io.ecocity.support.security;

import io.ecocity.support.problem.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/admin/audit")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    /** A page of the audit log and where the next one starts. */
    public record AuditPage(List<AuditTrail.Entry> items, long nextAfter) {
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The audit log of writes", description = "Every write this service was asked for, oldest "
            + "first, whatever its answer: the authenticated client (anonymous without credentials, unauthenticated "
            + "when they did not verify), the address it came from, method, path, time and status. Entries are "
            + "written a fraction of a second after the answer. Page with after (the nextAfter of the previous page) "
            + "and limit (1 to 1000).")
    public AuditPage list(@QueryParam("after") Long after, @QueryParam("limit") Integer limit) throws SQLException {
        if (after != null && after < 0) {
            throw new InvalidInputException("after", "must be 0 or more");
        }
        if (limit != null && (limit < 1 || limit > 1000)) {
            throw new InvalidInputException("limit", "must be from 1 to 1000");
        }
        long from = after == null ? 0 : after;
        int size = limit == null ? 100 : limit;
        List<AuditTrail.Entry> items = trail.after(from, size);
        return new AuditPage(items, items.isEmpty() ? from : items.get(items.size() - 1).id());
    }
}
