package io.ecocity.gateway.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A plain server-sent-events client, as a dashboard would hold one: it reads events as they arrive. */
public final class SseClient implements AutoCloseable {

    public record Event(String name, String data, Instant receivedAt) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile Stream<String> lines;

    public SseClient(String url) {
        reader = new Thread(() -> read(url), "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(String url) {
        try {
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
            lines = response.body();
            String[] name = {"message"};
            StringBuilder data = new StringBuilder();
            lines.forEach(line -> {
                if (line.startsWith("event:")) {
                    name[0] = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring("data:".length()).trim());
                } else if (line.isEmpty() && data.length() > 0) {
                    events.add(new Event(name[0], data.toString(), Instant.now()));
                    name[0] = "message";
                    data.setLength(0);
                }
            });
        } catch (Exception e) {
            // the stream ends when the test closes it
        }
    }

    /** The first event named {@code name} whose data matches, waiting at most {@code wait}; fails if none came. */
    public Event await(String name, Predicate<String> data, Duration wait) throws InterruptedException {
        Instant deadline = Instant.now().plus(wait);
        while (Instant.now().isBefore(deadline)) {
            Event next = events.poll(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
            if (next != null && next.name().equals(name) && data.test(next.data())) {
                return next;
            }
        }
        throw new AssertionError("no '" + name + "' event within " + wait);
    }

    @Override
    public void close() {
        Stream<String> current = lines;
        if (current != null) {
            current.close();
        }
        reader.interrupt();
    }
}
