package io.ecocity.support.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may call a service. Bearer JWTs are verified by smallrye-jwt ({@code mp.jwt.verify.*}: issuer, audience,
 * expiry, RS256/ES256 signature against a configured public key or a JWKS URL); machine clients that cannot do OAuth
 * send an API key in {@code X-API-Key}, of which only the SHA-256 digest is configured.
 */
@ConfigMapping(prefix = "ecocity.security")
public interface SecuritySettings {

    /**
     * Off, every request is let through as {@link Caller#OPEN_NAME} with every role, and the service logs a warning at
     * start: for tests of other behaviour and for a suite that sits behind a gateway doing its own checks.
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * The metrics, the OpenAPI document and Swagger UI need the admin role (on in prod; the HTTP permission
     * {@code operations} of service-support's configuration reads it); health stays open.
     */
    @WithDefault("false")
    boolean protectOperations();

    /** The claim of a JWT that names the one town a town system may write for; absent, the caller is city-wide. */
    @WithDefault("town")
    String townClaim();

    /** The claim of a JWT that names the facility a receiver receives for, or the enterprise a consigner acts as. */
    @WithDefault("org")
    String organisationClaim();

    /** How many writes each client may make (on in prod). */
    RateLimit rateLimit();

    interface RateLimit {
        @WithDefault("false")
        boolean enabled();

        /**
         * Writes (POST, PUT, PATCH, DELETE) a client may make per minute, in a bucket of that size refilled evenly:
         * a burst of this many, then one every 60/n seconds. A client is its authenticated name, or its address when
         * it sends no credentials. The default lets a loader post a batch of up to 10,000 observations 100 times a
         * second.
         */
        @WithDefault("6000")
        int writesPerMinute();

        /** Clients tracked at once; beyond, the idle ones are forgotten first (a forgotten client starts full). */
        @WithDefault("10000")
        int maxClients();
    }

    /** Machine clients by name: {@code ecocity.security.api-keys.<client>.sha256=<hex digest of the key>}. */
    Map<String, ApiKey> apiKeys();

    interface ApiKey {
        /** Lower-case hex SHA-256 of the key; the key itself is never configured. */
        String sha256();

        List<String> roles();

        /** The town this client writes for; absent, city-wide. */
        Optional<String> town();

        /** The facility or enterprise this client acts for (see {@link #organisationClaim()}). */
        Optional<String> organisation();
    }
}
