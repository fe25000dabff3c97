package io.ecocity.gateway.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The test's handle on {@link DownstreamServicesTestResource}'s control server. */
public final class Downstream {

    private final String controlUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    public Downstream(String controlUrl) {
        this.controlUrl = controlUrl;
    }

    /** How many requests the stubs received for a token. */
    public int requestsFor(String token) {
        return Integer.parseInt(call("GET", "/count/" + token));
    }

    public void stopWater() {
        call("POST", "/water/stop");
    }

    public void startWater() {
        call("POST", "/water/start");
    }

    private String call(String method, String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(controlUrl + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
