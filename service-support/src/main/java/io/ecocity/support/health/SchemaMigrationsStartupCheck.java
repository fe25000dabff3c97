package io.ecocity.support.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/** The service has started only when its database schema is at the version its code expects. */
@Startup
@ApplicationScoped
public class SchemaMigrationsStartupCheck implements HealthCheck {

    private final Instance<Flyway> flyway;

    public SchemaMigrationsStartupCheck(Instance<Flyway> flyway) {
        this.flyway = flyway;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            MigrationInfo[] pending = flyway.get().info().pending();
            MigrationInfo current = flyway.get().info().current();
            return HealthCheckResponse.named("schema migrations")
                    .status(pending.length == 0)
                    .withData("version", current == null ? "none" : current.getVersion().getVersion())
                    .withData("pending", pending.length)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("schema migrations").down().withData("error", e.getMessage()).build();
        }
    }
}
