package io.ecocity.support.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Puts every write's answer in the audit log ({@link AuditTrail}): refused ones (401, 403, 400, 429) too. */
public class AuditFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    AuditTrail trail;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerResponseFilter
    public Uni<Void> audit(ContainerRequestContext request, ContainerResponseContext response,
                           HttpServerRequest connection) {
        if (READS.contains(request.getMethod())) {
            return Uni.createFrom().voidItem();
        }
        String address = connection.remoteAddress() == null ? null : connection.remoteAddress().hostAddress();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        return identities.getDeferredIdentity()
                .map(identity -> identity.isAnonymous() ? Caller.OPEN_NAME : identity.getPrincipal().getName())
                .onFailure().recoverWithItem("unauthenticated")
                .map(client -> {
                    trail.record(client, address, request.getMethod(), path, response.getStatus());
                    return null;
                });
    }
}
