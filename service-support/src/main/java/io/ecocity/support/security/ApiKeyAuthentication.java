package io.ecocity.support.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Authenticates machine clients by the key in {@code X-API-Key}, against the SHA-256 digests of
 * {@code ecocity.security.api-keys}; a request without that header is left to the bearer-token mechanism. With
 * {@code ecocity.security.enabled=false} every request is let through as the open caller with every role.
 */
@ApplicationScoped
public class ApiKeyAuthentication implements HttpAuthenticationMechanism {

    public static final String HEADER = "X-API-Key";
    /** Longest key accepted before hashing: a header of kilobytes is not a key. */
    static final int MAX_KEY_LENGTH = 256;

    private final boolean enabled;
    private final List<Client> clients;

    ApiKeyAuthentication(SecuritySettings settings) {
        this.enabled = settings.enabled();
        this.clients = settings.apiKeys().entrySet().stream().map(ApiKeyAuthentication::client).toList();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!enabled) {
            return Uni.createFrom().item(Caller.openIdentity());
        }
        String key = context.request().getHeader(HEADER);
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity identity = identify(key);
        return identity == null
                ? Uni.createFrom().failure(new AuthenticationFailedException("the API key is not known"))
                : Uni.createFrom().item(identity);
    }

    SecurityIdentity identify(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return null;
        }
        byte[] digest = sha256(key);
        Client found = null;
        for (Client client : clients) {
            // every digest is compared, in constant time, so that the answer's timing says nothing about the keys
            if (MessageDigest.isEqual(client.digest, digest)) {
                found = client;
            }
        }
        if (found == null) {
            return null;
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(found.name))
                .addRoles(Set.copyOf(found.settings.roles()));
        found.settings.town().ifPresent(town -> builder.addAttribute(Caller.TOWN_ATTRIBUTE, town));
        found.settings.organisation().ifPresent(org -> builder.addAttribute(Caller.ORGANISATION_ATTRIBUTE, org));
        return builder.build();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", Caller.CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, HEADER));
    }

    /** Before the bearer-token mechanism, so that a request with a key is not read as one without a token. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }

    /** The digest to configure for a key: {@code printf %s "$KEY" | sha256sum}. */
    public static String digestOf(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static Client client(Map.Entry<String, SecuritySettings.ApiKey> entry) {
        String hex = entry.getValue().sha256().trim().toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalStateException("ecocity.security.api-keys." + entry.getKey()
                    + ".sha256 must be the 64 hex digits of the key's SHA-256 digest");
        }
        return new Client(entry.getKey(), HexFormat.of().parseHex(hex), entry.getValue());
    }

    private record Client(String name, byte[] digest, SecuritySettings.ApiKey settings) {
    }
}
