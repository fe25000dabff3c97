package io.ecocity.gateway.rest;

import io.ecocity.gateway.service.RoutedCall.ServiceTimeoutException;
import io.ecocity.gateway.service.RoutedCall.ServiceUnavailableException;
import io.ecocity.support.problem.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A routed call that got no usable answer becomes a problem naming the domain; the city endpoints are unaffected. */
public class RoutingProblemMappers {

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailableException e, @Context UriInfo uri) {
        Response.ResponseBuilder response = Response.status(503).type(Problem.PROBLEM_JSON)
                .entity(new RoutingProblem("https://ecocity.io/problems/service-unavailable",
                        e.domain() + " service unavailable", 503, e.getMessage(), uri.getPath(), e.domain(),
                        e.retryAfterSeconds()));
        if (e.retryAfterSeconds() != null) {
            response.header("Retry-After", e.retryAfterSeconds());
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response timeout(ServiceTimeoutException e, @Context UriInfo uri) {
        return Response.status(504).type(Problem.PROBLEM_JSON)
                .entity(new RoutingProblem("https://ecocity.io/problems/service-timeout",
                        e.domain() + " service timeout", 504, e.getMessage(), uri.getPath(), e.domain(), null))
                .build();
    }
}
