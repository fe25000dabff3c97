package io.ecocity.support.testing;

import io.ecocity.events.access.AccessTokens;
import io.ecocity.events.access.AccessTokens.Claims;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Credentials for tests of a service in {@link SecuredProfile}: tokens signed with the test key (and the hostile
 * ones a service must refuse), and the API keys the profile configures, one client per role.
 */
public final class TestCallers {

    public static final String ISSUER = "https://id.test.ecocity";
    public static final String AUDIENCE = "ecocity";
    /** The town of the town-scoped callers. */
    public static final String TOWN = "南城街道";

    private static final PrivateKey KEY = key("security/test-jwt-private.pem");
    private static final PrivateKey OTHER_KEY = key("security/other-jwt-private.pem");

    private TestCallers() {
    }

    public static Claims claims(Collection<String> roles) {
        return Claims.of(ISSUER, AUDIENCE, "test-" + String.join("-", roles).replace(':', '-'), roles);
    }

    public static String token(String... roles) {
        return AccessTokens.mint(claims(List.of(roles)), KEY);
    }

    public static String token(Claims claims) {
        return AccessTokens.mint(claims, KEY);
    }

    public static String townToken(String town, String... roles) {
        return AccessTokens.mint(claims(List.of(roles)).town(town), KEY);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Tokens of the given roles that a service must refuse with 401, by what is wrong with each. */
    public static List<Refused> refusedTokens(List<String> roles) {
        Claims good = claims(roles);
        return List.of(
                new Refused("expired", AccessTokens.mint(good.issuedAt(Instant.now().minus(Duration.ofHours(2)))
                        .lifetime(Duration.ofHours(1)), KEY)),
                new Refused("wrong issuer", AccessTokens.mint(good.issuer("https://id.elsewhere.example"), KEY)),
                new Refused("wrong audience", AccessTokens.mint(good.audience("another-system"), KEY)),
                new Refused("alg none", AccessTokens.unsigned(good)),
                new Refused("signed by another key", AccessTokens.mint(good, OTHER_KEY)),
                new Refused("not a JWT", "not-a-token"));
    }

    public record Refused(String what, String token) {
    }

    /** The API key of the profile's client with exactly this role. */
    public static String apiKey(String role) {
        return "test-api-key-" + role.replace(':', '-');
    }

    /** The API key of the profile's client with this role, scoped to {@link #TOWN}. */
    public static String townApiKey(String role) {
        return "test-town-api-key-" + role.replace(':', '-');
    }

    private static PrivateKey key(String resource) {
        try (InputStream in = TestCallers.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            return AccessTokens.privateKeyOf(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
