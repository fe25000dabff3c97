package io.ecocity.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {

    @TempDir
    Path folder;

    @Test
    void keysAreMadeOnceAndTheMintedTokenVerifiesWithThePublicKey() throws Exception {
        Path security = folder.resolve("security");
        String publicKey = TokenCommand.run("keys", security.toString());
        assertEquals(security.resolve("jwt-public.pem").toAbsolutePath().toString(), publicKey);
        String privateBefore = Files.readString(security.resolve("jwt-private.pem"));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(security.resolve("jwt-private.pem"))));
        TokenCommand.run("keys", security.toString());
        assertEquals(privateBefore, Files.readString(security.resolve("jwt-private.pem")), "made once");

        String token = TokenCommand.run("mint", "--role", "admin", "--role", "ingest:air", "--town", "南城街道",
                "--hours", "2", "--key", security.resolve("jwt-private.pem").toString());
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        JsonNode payload = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("ecocity-local", payload.path("iss").asText());
        assertEquals("ecocity", payload.path("aud").asText());
        assertEquals("南城街道", payload.path("town").asText());
        assertEquals(List.of("admin", "ingest:air"),
                List.of(payload.path("groups").get(0).asText(), payload.path("groups").get(1).asText()));
        assertEquals(7200, payload.path("exp").asLong() - payload.path("iat").asLong());

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey(Path.of(publicKey)));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verifier.verify(Base64.getUrlDecoder().decode(parts[2])));
    }

    @Test
    void mintRefusesWithoutARoleOrAKeyAndNamesAMissingKey() {
        assertThrows(IllegalArgumentException.class, () -> TokenCommand.run("mint", "--key", "x.pem"));
        assertThrows(IllegalArgumentException.class, () -> TokenCommand.run("mint", "--role", "admin"));
        assertThrows(IllegalArgumentException.class, () -> TokenCommand.run("mint", "--role", "admin", "--hours", "0",
                "--key", "x.pem"));
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> TokenCommand.run("mint",
                "--role", "admin", "--key", folder.resolve("none.pem").toString()));
        assertTrue(missing.getMessage().contains("./ecocity run"), missing.getMessage());
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
