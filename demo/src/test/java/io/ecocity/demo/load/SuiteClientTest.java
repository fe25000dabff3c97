package io.ecocity.demo.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo's REST client against a small HTTP server on a free port: what it sends and how it takes a 429. */
class SuiteClientTest {

    private HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger limited = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/write", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.getRequestBody().readAllBytes();
            if (limited.getAndDecrement() > 0) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                exchange.sendResponseHeaders(429, -1);
            } else if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
                byte[] body = "{\"status\":401}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(401, body.length);
                exchange.getResponseBody().write(body);
            } else {
                byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/write";
    }

    @Test
    void everyRequestCarriesTheTokenAndA429IsSentAgainAfterItsRetryAfter() {
        SuiteClient client = new SuiteClient(() -> "Bearer abc");
        limited.set(1);
        long started = System.nanoTime();
        assertTrue(client.post(url(), Map.of("a", 1)).path("ok").asBoolean());
        assertTrue(System.nanoTime() - started >= 900_000_000L, "waited as Retry-After said");
        assertEquals(List.of("Bearer abc", "Bearer abc"), authorizations);
    }

    @Test
    void aClientWithoutCredentialsSendsNoneAndIsToldHowToGetThem() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new SuiteClient().post(url(), Map.of()));
        assertTrue(refused.getMessage().contains("401") && refused.getMessage().contains("--token"),
                refused.getMessage());
        assertEquals(List.of("null"), authorizations);
        assertNull(SuiteCredentials.bearer(null, null, "x", List.of("admin")).get());
    }
}
