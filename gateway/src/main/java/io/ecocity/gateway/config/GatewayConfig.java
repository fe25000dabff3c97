package io.ecocity.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "ecocity.gateway")
public interface GatewayConfig {

    Cadence cadence();

    /** How long each domain may stay silent before the city view marks it stale. */
    interface Cadence {
        /** Hourly observations: two missed hours. */
        @WithDefault("PT2H")
        Duration air();

        /** Automatic stations report every 4 hours, manual samples monthly. */
        @WithDefault("PT12H")
        Duration water();

        /** Monthly reports; manifests move daily. */
        @WithDefault("P3D")
        Duration waste();
    }
}
