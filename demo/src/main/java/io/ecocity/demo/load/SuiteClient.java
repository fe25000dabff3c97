package io.ecocity.demo.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The suite's REST API as the demo uses it: JSON in, JSON out, a clear failure naming the call. Every request carries
 * the client's bearer token ({@link SuiteCredentials#bearer}) when it has one: the services take writes only from a
 * caller with the write's role, and reads do not mind.
 */
public final class SuiteClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** How many times a request answered 429 is sent again before its failure is reported. */
    static final int RATE_LIMITED_ATTEMPTS = 10;
    private final Supplier<String> authorization;

    /** A client without credentials: for a suite whose security is off, or for reads only. */
    public SuiteClient() {
        this(() -> null);
    }

    /** A client that sends {@code Authorization: <authorization.get()>} whenever that is not null. */
    public SuiteClient(Supplier<String> authorization) {
        this.authorization = authorization;
    }

    public JsonNode send(String method, String url, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                    .header("Accept", "application/json");
            String credentials = authorization.get();
            if (credentials != null) {
                request.header("Authorization", credentials);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").method(method,
                        HttpRequest.BodyPublishers.ofString(EventPublisher.JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            // a service that limits each client's writes (429, Retry-After): wait as it says and send again
            for (int attempt = 1; response.statusCode() == 429 && attempt <= RATE_LIMITED_ATTEMPTS; attempt++) {
                Thread.sleep(retryAfterMillis(response));
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                        + abbreviate(response.body()) + hint(response.statusCode(), credentials));
            }
            return response.body().isBlank() ? null : EventPublisher.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public JsonNode get(String url) {
        return send("GET", url, null);
    }

    public JsonNode post(String url, Object body) {
        return send("POST", url, body);
    }

    public JsonNode put(String url, Object body) {
        return send("PUT", url, body);
    }

    static long retryAfterMillis(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("1");
        try {
            return Math.min(60, Math.max(1, Long.parseLong(value.trim()))) * 1000L;
        } catch (NumberFormatException e) {
            return 1000L;
        }
    }

    private static String hint(int status, String credentials) {
        if (status == 401 && credentials == null) {
            return "\n(the suite asks for credentials: give --token or ECOCITY_TOKEN, or --key with the suite's "
                    + "private key; ./ecocity passes its own)";
        }
        if (status == 401) {
            return "\n(the token was refused: is it of this suite's key and issuer, and not expired?)";
        }
        if (status == 403) {
            return "\n(the token lacks this write's role, or is of another town)";
        }
        return "";
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
