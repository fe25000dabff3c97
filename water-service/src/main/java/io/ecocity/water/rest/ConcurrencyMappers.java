package io.ecocity.water.rest;

import io.ecocity.water.service.StaleRevisionException;
import io.ecocity.support.problem.Problem;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 412 for a stale {@code If-Match}, 409 for an update that lost the race to a concurrent one at commit. */
public class ConcurrencyMappers {

    @ServerExceptionMapper
    public Response stale(StaleRevisionException e) {
        return Problem.of(412, "precondition-failed", "Precondition failed", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response lostRace(OptimisticLockException e) {
        return Problem.of(409, "conflict", "Conflict",
                "the resource was changed by another request at the same moment; read it again").toResponse();
    }
}
