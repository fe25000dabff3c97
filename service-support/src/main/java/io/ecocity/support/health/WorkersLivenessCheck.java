package io.ecocity.support.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/** Live while every registered background worker is alive and has made progress recently; no I/O. */
@Liveness
@ApplicationScoped
public class WorkersLivenessCheck implements HealthCheck {

    private final WorkerHeartbeats heartbeats;

    public WorkersLivenessCheck(WorkerHeartbeats heartbeats) {
        this.heartbeats = heartbeats;
    }

    @Override
    public HealthCheckResponse call() {
        List<String> unhealthy = heartbeats.unhealthy();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("background workers").status(unhealthy.isEmpty());
        for (WorkerHeartbeats.Heartbeat heartbeat : heartbeats.all()) {
            response.withData(heartbeat.name(), "last progress " + heartbeat.last());
        }
        if (!unhealthy.isEmpty()) {
            response.withData("problems", String.join("; ", unhealthy));
        }
        return response.build();
    }
}
