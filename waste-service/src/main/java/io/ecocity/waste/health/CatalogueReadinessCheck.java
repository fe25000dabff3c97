package io.ecocity.waste.health;

import io.ecocity.waste.service.ActiveCatalogue;
import io.ecocity.waste.service.CatalogueService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Without a readable indicator catalogue no indicator can be computed, so the service is not ready. */
@Readiness
@ApplicationScoped
public class CatalogueReadinessCheck implements HealthCheck {

    private final CatalogueService catalogues;

    public CatalogueReadinessCheck(CatalogueService catalogues) {
        this.catalogues = catalogues;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            ActiveCatalogue current = catalogues.current();
            return HealthCheckResponse.named("zero-waste indicator catalogue").up()
                    .withData("version", current.version())
                    .withData("indicators", current.catalogue().indicators().size())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("zero-waste indicator catalogue").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
