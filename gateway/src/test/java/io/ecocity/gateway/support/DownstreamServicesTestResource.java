package io.ecocity.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Stand-ins for the domain services behind the gateway's routes (they stand for other services, not for Kafka or the
 * database): an HTTP stub for air-service and one for water-service, and a closed port for waste-service, as if it
 * were stopped. Tests steer them through the request path and a small control server:
 * <ul>
 * <li>{@code /api/<d>/echo/**}: 200 (201 with a Location for POST) with the request as JSON;</li>
 * <li>{@code /api/<d>/flaky/<token>?failures=n&status=s}: status s for the first n requests of the token, then 200;</li>
 * <li>{@code /api/<d>/slow/<token>?ms=m}: answers after m ms;</li>
 * <li>control {@code GET /count/<token>}: requests seen for a token; {@code POST /water/stop|start}.</li>
 * </ul>
 */
public class DownstreamServicesTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String CONTROL_URL = "ecocity.test.downstream-control";

    private final Map<String, AtomicInteger> requestsByToken = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private HttpServer air;
    private HttpServer water;
    private HttpServer control;
    private int waterPort;

    @Override
    public Map<String, String> start() {
        try {
            air = stub(0);
            water = stub(0);
            waterPort = water.getAddress().getPort();
            control = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            control.setExecutor(executor);
            control.createContext("/", this::control);
            control.start();
            int closedPort;
            try (ServerSocket probe = new ServerSocket(0)) {
                closedPort = probe.getLocalPort();
            }
            return Map.of(
                    "ecocity.gateway.services.air", "http://127.0.0.1:" + air.getAddress().getPort(),
                    "ecocity.gateway.services.water", "http://127.0.0.1:" + waterPort,
                    "ecocity.gateway.services.waste", "http://127.0.0.1:" + closedPort,
                    CONTROL_URL, "http://127.0.0.1:" + control.getAddress().getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        for (HttpServer server : new HttpServer[] {air, water, control}) {
            if (server != null) {
                server.stop(0);
            }
        }
        executor.shutdownNow();
    }

    private HttpServer stub(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
        return server;
    }

    private void serve(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String[] path = uri.getPath().split("/");
        Map<String, String> query = query(uri.getRawQuery());
        byte[] body = exchange.getRequestBody().readAllBytes();
        // path: "", "api", "<domain>", "<behaviour>", "<token>"...
        String behaviour = path.length > 3 && path[1].equals("api") ? path[3] : "";
        String token = path.length > 4 ? path[4] : "";
        int seen = requestsByToken.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet();
        switch (behaviour) {
            case "flaky" -> {
                int failures = Integer.parseInt(query.getOrDefault("failures", "1"));
                int status = Integer.parseInt(query.getOrDefault("status", "503"));
                if (seen <= failures) {
                    answer(exchange, status, "{\"failure\":" + seen + "}", null);
                } else {
                    answer(exchange, 200, "{\"attempt\":" + seen + "}", null);
                }
            }
            case "slow" -> {
                sleep(Long.parseLong(query.getOrDefault("ms", "2000")));
                answer(exchange, 200, "{\"slow\":true}", null);
            }
            case "echo" -> {
                String json = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\"" + uri.getRawPath()
                        + "\",\"query\":\"" + (uri.getRawQuery() == null ? "" : uri.getRawQuery())
                        + "\",\"testHeader\":\"" + header(exchange, "X-Test-Header")
                        + "\",\"contentType\":\"" + header(exchange, "Content-Type")
                        + "\",\"forwardedHost\":\"" + header(exchange, "X-Forwarded-Host")
                        + "\",\"forwardedFor\":\"" + header(exchange, "X-Forwarded-For")
                        + "\",\"forwarded\":\"" + header(exchange, "Forwarded")
                        + "\",\"hop\":\"" + header(exchange, "X-Hop")
                        + "\",\"body\":" + (body.length == 0 ? "null" : new String(body, StandardCharsets.UTF_8)) + "}";
                boolean created = exchange.getRequestMethod().equals("POST");
                String location = created ? "http://127.0.0.1:" + exchange.getLocalAddress().getPort()
                        + uri.getRawPath() + "/created-1" : null;
                answer(exchange, created ? 201 : 200, json, location);
            }
            default -> answer(exchange, path.length > 2 && path[1].equals("q") ? 200 : 404, "{}", null);
        }
    }

    private void control(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/count/")) {
            AtomicInteger count = requestsByToken.get(path.substring("/count/".length()));
            answer(exchange, 200, Integer.toString(count == null ? 0 : count.get()), null);
        } else if (path.equals("/water/stop")) {
            water.stop(0);
            answer(exchange, 204, null, null);
        } else if (path.equals("/water/start")) {
            water = stub(waterPort);
            answer(exchange, 204, null, null);
        } else {
            answer(exchange, 404, "{}", null);
        }
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    private static void answer(HttpExchange exchange, int status, String json, String location) throws IOException {
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        if (json == null) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static Map<String, String> query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        return java.util.Arrays.stream(raw.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? p[1] : "", (a, b) -> b));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
