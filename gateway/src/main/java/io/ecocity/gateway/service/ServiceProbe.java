package io.ecocity.gateway.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Asks each domain service now and then whether it answers, so the view can mark a silent domain stale at once. */
@ApplicationScoped
public class ServiceProbe {

    private final ServiceRouter router;

    public ServiceProbe(ServiceRouter router) {
        this.router = router;
    }

    @Scheduled(every = "${ecocity.gateway.probe.interval:PT15S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probeAll() {
        ServiceHealth.DOMAINS.forEach(router::probe);
    }
}
