package io.ecocity.gateway.rest;

import io.ecocity.gateway.service.RoutedCall;
import io.ecocity.gateway.service.ServiceRouter;
import io.ecocity.gateway.service.ServiceRouterHeaders;
import io.ecocity.support.security.Caller;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The single entry point: {@code /api/air/**}, {@code /api/water/**} and {@code /api/waste/**} go to their services
 * as they came, and the answer comes back as it was. Documented by {@link RoutedApiDocumentation}, since the
 * generated description of one catch-all method would say nothing useful.
 */
@Path("/api/{domain: air|water|waste}/{path: .*}")
public class RoutedApiResource {

    private final ServiceRouter router;
    /** The request being served (a proxy of the request-scoped bean): the address the call came from. */
    private final HttpServerRequest connection;
    private final Caller caller;

    public RoutedApiResource(ServiceRouter router, HttpServerRequest connection, Caller caller) {
        this.router = router;
        this.connection = connection;
        this.caller = caller;
    }

    @GET
    @Operation(hidden = true)
    public Response get(@PathParam("domain") String domain, @Context UriInfo uri, @Context HttpHeaders headers) {
        return pass("GET", domain, uri, headers, null);
    }

    @POST
    @Operation(hidden = true)
    public Response post(@PathParam("domain") String domain, @Context UriInfo uri, @Context HttpHeaders headers,
            byte[] body) {
        return pass("POST", domain, uri, headers, body);
    }

    @PUT
    @Operation(hidden = true)
    public Response put(@PathParam("domain") String domain, @Context UriInfo uri, @Context HttpHeaders headers,
            byte[] body) {
        return pass("PUT", domain, uri, headers, body);
    }

    @PATCH
    @Operation(hidden = true)
    public Response patch(@PathParam("domain") String domain, @Context UriInfo uri, @Context HttpHeaders headers,
            byte[] body) {
        return pass("PATCH", domain, uri, headers, body);
    }

    @DELETE
    @Operation(hidden = true)
    public Response delete(@PathParam("domain") String domain, @Context UriInfo uri, @Context HttpHeaders headers) {
        return pass("DELETE", domain, uri, headers, null);
    }

    private Response pass(String method, String domain, UriInfo uri, HttpHeaders headers, byte[] body) {
        if (!"GET".equals(method)) {
            // a write's token or API key is checked here first (401 at the edge) and again by the service, which also
            // checks the role; a write without credentials goes on, since some are public (the AQI calculator)
            caller.verifyPresented();
        }
        URI requested = uri.getRequestUri();
        String pathAndQuery = requested.getRawPath()
                + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery());
        Map<String, List<String>> forwarded = ServiceRouterHeaders.fromClient(headers.getRequestHeaders());
        forwarded.put("X-Forwarded-Host", List.of(requested.getAuthority()));
        forwarded.put("X-Forwarded-Proto", List.of(requested.getScheme()));
        SocketAddress peer = connection.remoteAddress();
        if (peer != null && peer.hostAddress() != null) {
            forwarded.put("X-Forwarded-For", List.of(peer.hostAddress()));
        }
        RoutedCall.Response answer = router.route(domain, new RoutedCall.Request(method, pathAndQuery, forwarded, body));

        Response.ResponseBuilder response = Response.status(answer.status());
        String serviceBase = router.baseOf(domain).toString().replaceAll("/$", "");
        String gatewayBase = uri.getBaseUri().toString().replaceAll("/$", "");
        answer.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(":") || lower.equals("date") || lower.equals("server")
                    || ServiceRouterHeaders.notForwarded(lower)) {
                return;
            }
            for (String value : values) {
                // a Location pointing into the service must point into the gateway, the only address callers know
                response.header(name, lower.equals("location") && value.startsWith(serviceBase)
                        ? gatewayBase + value.substring(serviceBase.length()) : value);
            }
        });
        if (answer.body() != null && answer.body().length > 0) {
            response.entity(answer.body());
        }
        return response.build();
    }
}
