package io.ecocity.support.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * A service whose security is on refuses to start without a way to verify a caller: a token verification key (or
 * JWKS URL) or at least one API key. There is no default key or secret to fall back on.
 */
@ApplicationScoped
public class SecurityStartupCheck {

    private static final Logger LOG = Logger.getLogger(SecurityStartupCheck.class);
    static final String[] KEY_PROPERTIES = {"mp.jwt.verify.publickey", "mp.jwt.verify.publickey.location"};

    void onStart(@Observes StartupEvent event, SecuritySettings settings, Config config) {
        if (!settings.enabled()) {
            LOG.warn("ecocity.security.enabled=false: every request is let through with every role; "
                    + "switch it on before this service is reachable by anyone but its own tests");
            return;
        }
        boolean tokens = Stream.of(KEY_PROPERTIES)
                .anyMatch(name -> config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isPresent());
        if (!tokens && settings.apiKeys().isEmpty()) {
            throw new IllegalStateException("ecocity.security.enabled=true but no way to verify a caller is "
                    + "configured: set ECOCITY_JWT_PUBLIC_KEY_LOCATION (a PEM public key or a JWKS URL, "
                    + "mp.jwt.verify.publickey.location) or at least one ecocity.security.api-keys.<client>.sha256");
        }
        LOG.infof("security: bearer tokens %s, %d API key client(s)", tokens ? "verified" : "not configured",
                settings.apiKeys().size());
    }
}
