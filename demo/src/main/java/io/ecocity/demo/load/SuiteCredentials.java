package io.ecocity.demo.load;

import io.ecocity.events.access.AccessTokens;
import io.ecocity.events.access.AccessTokens.Claims;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * How the suite's own clients (the demo loader, the simulated loggers, the benchmark, the system tests) authenticate
 * to a suite they started or run beside: a bearer token of the embedded run's issuer, signed with the key pair in the
 * run's data folder ({@code <data>/security/jwt-private.pem}), or a token handed to them ({@code --token},
 * {@code ECOCITY_TOKEN}) by a city's identity provider.
 */
public final class SuiteCredentials {

    /** The issuer the services of an embedded run verify ({@code ECOCITY_JWT_ISSUER}). */
    public static final String LOCAL_ISSUER = "ecocity-local";
    /** The audience every service verifies by default ({@code ECOCITY_JWT_AUDIENCE}). */
    public static final String AUDIENCE = "ecocity";
    /** The folder under a run's data folder that holds its key pair. */
    public static final String FOLDER = "security";
    /** What the demo writes: the city's configuration, every kind of measurement and the manifests' three parties. */
    public static final List<String> DEMO_ROLES = List.of("admin", "ingest:air", "ingest:water", "ingest:waste",
            "manifest:consigner", "manifest:carrier", "manifest:receiver");
    static final Duration LIFETIME = Duration.ofHours(12);

    private SuiteCredentials() {
    }

    /** The key folder of a data folder. */
    public static Path keyFolder(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    /** Creates the key pair in {@code folder} unless it is there; returns the public key's file. */
    public static Path ensureKeyPair(Path folder) {
        try {
            AccessTokens.ensureKeyPair(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key pair in " + folder + ": " + e.getMessage(), e);
        }
        return folder.resolve(AccessTokens.PUBLIC_KEY_FILE).toAbsolutePath();
    }

    /** A city-wide token of these roles from the embedded run's issuer. */
    public static String mint(PrivateKey key, String subject, Collection<String> roles, Duration lifetime) {
        return AccessTokens.mint(Claims.of(LOCAL_ISSUER, AUDIENCE, subject, List.copyOf(roles)).lifetime(lifetime), key);
    }

    public static PrivateKey readKey(Path privateKey) {
        if (!Files.isReadable(privateKey)) {
            throw new IllegalStateException("no private key at " + privateKey + ": the suite's key pair is made by "
                    + "./ecocity run (in $ECOCITY_DATA_DIR/security)");
        }
        try {
            return AccessTokens.readPrivateKey(privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + privateKey + ": " + e.getMessage(), e);
        }
    }

    /**
     * The {@code Authorization} header a client sends: {@code token} when given, else one minted from
     * {@code privateKey} with {@code roles} and minted again before it expires (a live feed runs for days); null when
     * neither is given (a suite with its security off).
     */
    public static Supplier<String> bearer(String token, Path privateKey, String subject, Collection<String> roles) {
        if (token != null && !token.isBlank()) {
            String header = "Bearer " + token.strip();
            return () -> header;
        }
        if (privateKey == null) {
            return () -> null;
        }
        PrivateKey key = readKey(privateKey);
        return new Supplier<>() {
            private String header;
            private Instant renewAt = Instant.MIN;

            @Override
            public synchronized String get() {
                if (Instant.now().isAfter(renewAt)) {
                    header = "Bearer " + mint(key, subject, roles, LIFETIME);
                    renewAt = Instant.now().plus(LIFETIME.dividedBy(2));
                }
                return header;
            }
        };
    }

    /** The token of {@code --token}, or else of {@code ECOCITY_TOKEN}; null when neither is set. */
    public static String givenToken(String option) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        String env = System.getenv("ECOCITY_TOKEN");
        return env == null || env.isBlank() ? null : env;
    }
}
