package io.ecocity.support.security;

import io.ecocity.support.problem.Problem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Limits each client's writes ({@link WriteRateLimiter}) when {@code ecocity.security.rate-limit.enabled}: every
 * write's answer says the client's budget in {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} (seconds until the budget is full again); a write over it answers 429 problem+json with
 * {@code Retry-After}, and nothing of it is stored. Reads are not limited here.
 */
public class RateLimitFilters {

    private static final String DECISION = RateLimitFilters.class.getName() + ".decision";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    SecuritySettings settings;

    @Inject
    WriteRateLimiter limiter;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> limitWrites(ContainerRequestContext request, HttpServerRequest connection) {
        if (!settings.rateLimit().enabled() || READS.contains(request.getMethod())) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            WriteRateLimiter.Decision decision = limiter.take(clientOf(identity, connection));
            request.setProperty(DECISION, decision);
            if (decision.allowed()) {
                return null;
            }
            Response problem = Problem.of(429, "too-many-requests", "Too many requests", "this client has made its "
                    + decision.limit() + " writes of the minute (ecocity.security.rate-limit.writes-per-minute); "
                    + "send again after Retry-After seconds").toResponse();
            return withHeaders(Response.fromResponse(problem), decision)
                    .header("Retry-After", decision.retryAfterSeconds()).build();
        });
    }

    @ServerResponseFilter
    public void budgetHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof WriteRateLimiter.Decision decision
                && !response.getHeaders().containsKey("RateLimit-Limit")) {
            response.getHeaders().putSingle("RateLimit-Limit", decision.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", decision.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", decision.resetSeconds());
        }
    }

    private static Response.ResponseBuilder withHeaders(Response.ResponseBuilder response,
                                                        WriteRateLimiter.Decision decision) {
        return response.header("RateLimit-Limit", decision.limit())
                .header("RateLimit-Remaining", decision.remaining())
                .header("RateLimit-Reset", decision.resetSeconds());
    }

    /** The authenticated name; without credentials (or with security off), the address the call came from. */
    private static String clientOf(SecurityIdentity identity, HttpServerRequest connection) {
        if (!identity.isAnonymous() && identity.getAttribute(Caller.OPEN_ATTRIBUTE) == null) {
            return "client:" + identity.getPrincipal().getName();
        }
        return "address:" + (connection.remoteAddress() == null ? "unknown" : connection.remoteAddress().hostAddress());
    }
}
