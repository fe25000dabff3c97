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

    private final ViewVersion version;

    public ServiceHealth(GatewayConfig config, ViewVersion version) {
        this.version = version;
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
        observe(domain, new Observation(true, Instant.now(), null));
    }

    public void unreachable(String domain, String detail) {
        observe(domain, new Observation(false, Instant.now(), detail));
    }

    /**
     * A service found gone, or back, shows in the city view at once: the overview assembled before is out of date.
     * Every failure counts (it may have opened the circuit); an answer only when the service was not answering.
     */
    private void observe(String domain, Observation observation) {
        Observation before = observations.put(domain, observation);
        if (before == null || !observation.reachable || !before.reachable) {
            version.changedInMemory();
        }
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
