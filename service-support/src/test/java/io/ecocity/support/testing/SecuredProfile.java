package io.ecocity.support.testing;

import io.ecocity.support.security.ApiKeyAuthentication;
import io.ecocity.support.security.Roles;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * A service with its security on, as in production (operations endpoints behind admin too): tokens verified against the test key
 * ({@link TestCallers}), and one API-key client per role, city-wide and scoped to {@link TestCallers#TOWN}.
 */
public class SecuredProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("ecocity.security.enabled", "true");
        config.put("ecocity.security.protect-operations", "true");
        config.put("mp.jwt.verify.publickey.location", "security/test-jwt-public.pem");
        config.put("mp.jwt.verify.issuer", TestCallers.ISSUER);
        config.put("mp.jwt.verify.audiences", TestCallers.AUDIENCE);
        for (String role : Roles.ALL) {
            String client = role.replace(':', '-');
            put(config, "test-" + client, TestCallers.apiKey(role), role, null);
            put(config, "test-town-" + client, TestCallers.townApiKey(role), role, TestCallers.TOWN);
        }
        return config;
    }

    private static void put(Map<String, String> config, String client, String key, String role, String town) {
        String prefix = "ecocity.security.api-keys." + client + ".";
        config.put(prefix + "sha256", ApiKeyAuthentication.digestOf(key));
        config.put(prefix + "roles", role);
        if (town != null) {
            config.put(prefix + "town", town);
        }
    }
}
