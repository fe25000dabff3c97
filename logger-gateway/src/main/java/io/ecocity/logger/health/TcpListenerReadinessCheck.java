package io.ecocity.logger.health;

import io.ecocity.logger.messaging.Hj212TcpServer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the loggers' TCP port is bound: without it the gateway receives nothing. No I/O. */
@Readiness
@ApplicationScoped
public class TcpListenerReadinessCheck implements HealthCheck {

    private final Hj212TcpServer server;

    public TcpListenerReadinessCheck(Hj212TcpServer server) {
        this.server = server;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("HJ 212 listener")
                .status(server.listening())
                .withData("port", server.port())
                .withData("connections", server.connections())
                .build();
    }
}
