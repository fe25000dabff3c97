package io.ecocity.gateway.service;

import io.ecocity.gateway.config.GatewayConfig;
import io.ecocity.gateway.domain.CircuitBreaker;
import io.ecocity.gateway.service.RoutedCall.Request;
import io.ecocity.gateway.service.RoutedCall.Response;
import io.ecocity.gateway.service.RoutedCall.ServiceTimeoutException;
import io.ecocity.gateway.service.RoutedCall.ServiceUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Passes a request through to its domain service: each attempt has a timeout, idempotent reads are tried again when
 * no usable answer came (no connection, timeout, 502/503/504), writes never are, and a circuit breaker per service
 * stops the calls for a while after repeated failures so a dead service costs callers nothing but a quick 503. The
 * breaker counts only the service's faults (no connection, timeout, 502/503/504), never a 4xx or a 500.
 */
@ApplicationScoped
public class ServiceRouter {

    private static final Logger LOG = Logger.getLogger(ServiceRouter.class);

    /** The answers that tell of the service (or what stands before it) failing, not of the request: retried, counted. */
    private static final Set<Integer> DOWNSTREAM_FAULT_STATUS = Set.of(502, 503, 504);

    private final GatewayConfig config;
    private final ServiceHealth health;
    private final HttpClient http;

    public ServiceRouter(GatewayConfig config, ServiceHealth health) {
        this.config = config;
        this.health = health;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.routing().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI baseOf(String domain) {
        return config.services().of(domain);
    }

    public Response route(String domain, Request request) {
        CircuitBreaker breaker = health.breaker(domain);
        int attempts = request.idempotentRead() ? 1 + Math.max(0, config.routing().readRetries()) : 1;
        Duration backoff = config.routing().retryBackoff();
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                pause(backoff.multipliedBy(1L << (attempt - 2)));
            }
            if (!breaker.tryAcquire()) {
                long retryAfter = breaker.retryAfter().map(d -> Math.max(1, (d.toMillis() + 999) / 1000)).orElse(1L);
                throw new ServiceUnavailableException(domain, domain + "-service is failing; its circuit is open, "
                        + "calls resume after " + retryAfter + " s", retryAfter);
            }
            try {
                HttpResponse<byte[]> answer = http.send(toHttp(domain, request), HttpResponse.BodyHandlers.ofByteArray());
                health.answered(domain);
                if (DOWNSTREAM_FAULT_STATUS.contains(answer.statusCode())) {
                    breaker.failed();
                    if (attempt < attempts) {
                        continue;
                    }
                } else {
                    // the service answered: a 4xx, and a 500 that one caller's request may have caused, say nothing
                    // of its health, and must not shut the service off for every other caller
                    breaker.succeeded();
                }
                return new Response(answer.statusCode(), answer.headers().map(), answer.body(), attempt);
            } catch (HttpTimeoutException e) {
                breaker.failed();
                health.unreachable(domain, "no answer within " + config.routing().requestTimeout());
                lastFailure = new ServiceTimeoutException(domain, domain + "-service did not answer within "
                        + config.routing().requestTimeout().toMillis() + " ms (" + attempt + " attempt(s))");
            } catch (IOException e) {
                breaker.failed();
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                health.unreachable(domain, reason);
                lastFailure = new ServiceUnavailableException(domain, domain + "-service cannot be reached ("
                        + attempt + " attempt(s))", null);
                LOG.debugf("attempt %d at %s-service failed: %s", attempt, domain, reason);
            } catch (InterruptedException e) {
                breaker.failed();
                Thread.currentThread().interrupt();
                throw new ServiceUnavailableException(domain, "interrupted while calling " + domain + "-service", null);
            }
        }
        throw lastFailure;
    }

    private HttpRequest toHttp(String domain, Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(at(domain, request.pathAndQuery()))
                .timeout(config.routing().requestTimeout());
        request.headers().forEach((name, values) -> {
            if (!ServiceRouterHeaders.notForwarded(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        byte[] body = request.body();
        HttpRequest.BodyPublisher publisher = body == null || body.length == 0
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        return builder.method(request.method(), publisher).build();
    }

    /** Whether the probe finds the service answering at all; feeds only the view's freshness, never the breaker. */
    public void probe(String domain) {
        HttpRequest request = HttpRequest.newBuilder(at(domain, config.probe().path()))
                .timeout(config.probe().timeout()).GET().build();
        try {
            http.send(request, HttpResponse.BodyHandlers.discarding());
            health.answered(domain);
        } catch (IOException e) {
            health.unreachable(domain, e instanceof HttpTimeoutException ? "probe timed out"
                    : "probe failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Appended, not resolved, so that a base URL with a path of its own (behind another proxy) keeps it. */
    private URI at(String domain, String pathAndQuery) {
        String base = baseOf(domain).toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery);
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
