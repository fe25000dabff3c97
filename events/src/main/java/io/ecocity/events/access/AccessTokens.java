package io.ecocity.events.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.UUID;

/**
 * The bearer tokens the services accept, as the suite's own clients mint them (the embedded run's key, the demo
 * loader, the bench, the tests): RS256 JWTs with {@code iss}, {@code aud}, {@code sub}/{@code upn}, {@code groups}
 * (the roles), {@code iat}, {@code exp}, {@code jti} and, for a town system, {@code town}. A city's identity provider
 * issues the same claims.
 */
public final class AccessTokens {

    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    /** What a token says; {@code town} and {@code organisation} may be null. */
    public record Claims(String issuer, String audience, String subject, Collection<String> roles, String town,
                         String organisation, Instant issuedAt, Duration lifetime) {

        public static Claims of(String issuer, String audience, String subject, Collection<String> roles) {
            return new Claims(issuer, audience, subject, roles, null, null, Instant.now(), Duration.ofHours(12));
        }

        public Claims town(String value) {
            return new Claims(issuer, audience, subject, roles, value, organisation, issuedAt, lifetime);
        }

        public Claims organisation(String value) {
            return new Claims(issuer, audience, subject, roles, town, value, issuedAt, lifetime);
        }

        public Claims lifetime(Duration value) {
            return new Claims(issuer, audience, subject, roles, town, organisation, issuedAt, value);
        }

        public Claims issuedAt(Instant value) {
            return new Claims(issuer, audience, subject, roles, town, organisation, value, lifetime);
        }

        public Claims issuer(String value) {
            return new Claims(value, audience, subject, roles, town, organisation, issuedAt, lifetime);
        }

        public Claims audience(String value) {
            return new Claims(issuer, value, subject, roles, town, organisation, issuedAt, lifetime);
        }
    }

    private AccessTokens() {
    }

    /** A signed RS256 token. */
    public static String mint(Claims claims, PrivateKey key) {
        String signingInput = encode(header("RS256")) + "." + encode(payload(claims));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with this key: " + e.getMessage(), e);
        }
    }

    /** The same claims unsigned ({@code alg: none}), which every service must refuse. */
    public static String unsigned(Claims claims) {
        return encode(header("none")) + "." + encode(payload(claims)) + ".";
    }

    public static PrivateKey readPrivateKey(Path pem) throws IOException {
        return privateKeyOf(Files.readString(pem));
    }

    /** A PKCS#8 PEM private key ({@code -----BEGIN PRIVATE KEY-----}). */
    public static PrivateKey privateKeyOf(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a PKCS#8 RSA private key in PEM: " + e.getMessage(), e);
        }
    }

    /**
     * Creates {@value #PRIVATE_KEY_FILE} (owner-only) and {@value #PUBLIC_KEY_FILE} in {@code folder} unless both are
     * there; returns true when it created them.
     */
    public static boolean ensureKeyPair(Path folder) throws IOException {
        Path privateKey = folder.resolve(PRIVATE_KEY_FILE);
        Path publicKey = folder.resolve(PUBLIC_KEY_FILE);
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return false;
        }
        Files.createDirectories(folder);
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has RSA", e);
        }
        Path temporary = folder.resolve(PRIVATE_KEY_FILE + ".tmp");
        Files.writeString(temporary, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // a file system without POSIX permissions (Windows): the folder's own access rules apply
        }
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.move(temporary, privateKey, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static ObjectNode header(String algorithm) {
        return JSON.createObjectNode().put("alg", algorithm).put("typ", "JWT");
    }

    private static ObjectNode payload(Claims claims) {
        ObjectNode payload = JSON.createObjectNode()
                .put("iss", claims.issuer())
                .put("aud", claims.audience())
                .put("sub", claims.subject())
                .put("upn", claims.subject())
                .put("iat", claims.issuedAt().getEpochSecond())
                .put("exp", claims.issuedAt().plus(claims.lifetime()).getEpochSecond())
                .put("jti", UUID.randomUUID().toString());
        ArrayNode groups = payload.putArray("groups");
        claims.roles().forEach(groups::add);
        if (claims.town() != null) {
            payload.put("town", claims.town());
        }
        if (claims.organisation() != null) {
            payload.put("org", claims.organisation());
        }
        return payload;
    }

    private static String encode(ObjectNode node) {
        try {
            return URL.encodeToString(JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
