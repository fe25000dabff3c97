package io.ecocity.gateway.service;

import java.util.List;
import io.ecocity.gateway.config.GatewayConfig;
import io.ecocity.gateway.domain.CircuitBreaker;
import io.ecocity.gateway.rest.CityFigures.ServiceStatus;
import io.ecocity.support.api.BeijingTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the gateway knows of each domain service right now: its circuit breaker and whether it last answered. Kept in
 * memory on purpose: it is an observation of the present, not part of the city view, and is re-learnt within one
 * probe interval after a restart.
 */
@ApplicationScoped
public class ServiceHealth {

    public static final List<String> DOMAINS = List.of("air", "water", "waste");

    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final Map<String, Observation> observations = new ConcurrentHashMap<>();

    public ServiceHealth(GatewayConfig config) {
        for (String domain : DOMAINS) {
            breakers.put(domain, new CircuitBreaker(config.routing().circuitBreaker().failureThreshold(),
                    config.routing().circuitBreaker().openFor(), Clock.systemUTC()));
        }
    }

    public CircuitBreaker breaker(String domain) {
        return breakers.get(domain);
    }

    /** The service sent an answer, whatever its status: the process is there. */
    public void answered(String domain) {
        observations.put(domain, new Observation(true, Instant.now(), null));
    }

    public void unreachable(String domain, String detail) {
        observations.put(domain, new Observation(false, Instant.now(), detail));
    }

    public boolean knownUnreachable(String domain) {
        Observation seen = observations.get(domain);
        return seen != null && !seen.reachable;
    }

    public ServiceStatus status(String domain) {
        Observation seen = observations.get(domain);
        String circuit = breakers.get(domain).state().name();
        return seen == null ? new ServiceStatus(null, null, null, circuit)
                : new ServiceStatus(seen.reachable, BeijingTime.of(seen.at), seen.detail, circuit);
    }

    private record Observation(boolean reachable, Instant at, String detail) {
    }
}
