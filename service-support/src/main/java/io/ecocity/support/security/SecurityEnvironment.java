package io.ecocity.support.security;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The suite's own name for the token verification key, {@code ECOCITY_JWT_PUBLIC_KEY_LOCATION} (a PEM public key
 * file or a JWKS URL), as {@code mp.jwt.verify.publickey.location}; present only when the variable is set, since
 * smallrye-jwt refuses an empty location. Ordinal 275: above application.properties (250), below the standard
 * variable {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} (300).
 */
public class SecurityEnvironment implements ConfigSource {

    static final String VARIABLE = "ECOCITY_JWT_PUBLIC_KEY_LOCATION";
    static final String PROPERTY = "mp.jwt.verify.publickey.location";

    private final Map<String, String> properties;

    public SecurityEnvironment() {
        this(System.getenv(VARIABLE));
    }

    SecurityEnvironment(String location) {
        this.properties = location == null || location.isBlank() ? Map.of() : Map.of(PROPERTY, location.trim());
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "ecocity-security-environment";
    }

    @Override
    public int getOrdinal() {
        return 275;
    }
}
