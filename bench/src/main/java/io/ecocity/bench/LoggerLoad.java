package io.ecocity.bench;

import io.ecocity.demo.load.SuiteCredentials;
import io.ecocity.demo.loggers.Hj212Encoder;
import io.ecocity.demo.loggers.LoggerLinks;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The logger-gateway workload of {@code bench/loggers.sh}: registers K loggers, holds K TCP connections on one
 * selector thread, sends hourly packets (2061, six pollutants, Flag=5) as fast as the 9014s allow with
 * {@code --window} packets in flight per connection, and reports, for each run, the connections held, the packets
 * acknowledged a second and the receiver's resident memory (VmRSS of {@code --pid}).
 *
 * <pre>
 *   java -cp 'bench/target/bench-lib/*:bench/target/bench-1.0.0-SNAPSHOT.jar' io.ecocity.bench.LoggerLoad \
 *       --http http://127.0.0.1:19384 --tcp 127.0.0.1:19312 --pid 1234 --connections 1000 --seconds 20 --runs 3 \
 *       --key bench/target/loggers-…/security/jwt-private.pem
 * </pre>
 */
public final class LoggerLoad {

    private LoggerLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String http = o.getOrDefault("http", "http://127.0.0.1:8084");
        String[] tcp = o.getOrDefault("tcp", "127.0.0.1:8212").split(":");
        long pid = Long.parseLong(o.getOrDefault("pid", "0"));
        int connections = Integer.parseInt(o.getOrDefault("connections", "1000"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        int runs = Integer.parseInt(o.getOrDefault("runs", "3"));
        int window = Integer.parseInt(o.getOrDefault("window", "16"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));

        List<String> mns = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            mns.add("BENCH-%05d".formatted(i));
        }
        long started = System.nanoTime();
        // registering a logger is the bureau's configuration: an admin token of the receiver's key (--key), or one
        // handed over (--token, ECOCITY_TOKEN)
        String authorization = SuiteCredentials.bearer(SuiteCredentials.givenToken(o.get("token")),
                o.containsKey("key") ? Path.of(o.get("key")) : null, "ecocity-bench-loggers", List.of("admin")).get();
        register(http, mns, authorization);
        log("registered %,d loggers in %.1f s; RSS of the receiver %.0f MB", connections,
                (System.nanoTime() - started) / 1e9, rssMb(pid));
        try (LoggerLinks links = new LoggerLinks(tcp[0], Integer.parseInt(tcp[1]), 60_000)) {
            started = System.nanoTime();
            links.open(mns, LoggerLoad::feed, window, 120_000);
            log("%,d of %,d connections open in %.1f s (%d failed); RSS %.0f MB", links.connected(), connections,
                    (System.nanoTime() - started) / 1e9, links.failedConnects(), rssMb(pid));
            Thread.sleep(warmup * 1000L);
            log("warm-up %d s: %,d acks", warmup, links.acks());
            double[] rates = new double[runs];
            double[] rss = new double[runs];
            int[] held = new int[runs];
            for (int run = 0; run < runs; run++) {
                long acks0 = links.acks();
                long t0 = System.nanoTime();
                Thread.sleep(seconds * 1000L);
                long acks1 = links.acks();
                double elapsed = (System.nanoTime() - t0) / 1e9;
                rates[run] = (acks1 - acks0) / elapsed;
                rss[run] = rssMb(pid);
                held[run] = links.connected();
                log("run %d: %,d connections held, %,.0f packets/s acknowledged, receiver VmRSS %.0f MB, "
                        + "%,d in flight, mean ack %.0f ms, %d lost connections, %d ack timeouts", run + 1, held[run],
                        rates[run], rss[run], links.waiting(), links.meanAckMillis(), links.dropped(), links.timedOut());
            }
            System.out.printf(Locale.ROOT, "RESULT connections=%d held=%d median_packets_per_s=%.0f runs=%s "
                    + "median_rss_mb=%.0f max_rss_mb=%.0f window=%d seconds=%d%n", connections,
                    Arrays.stream(held).min().orElse(0), median(rates), Arrays.toString(round(rates)), median(rss),
                    Arrays.stream(rss).max().orElse(0), window, seconds);
        }
    }

    /** An endless run of hourly packets of one logger, hour after hour from 2001. */
    private static Supplier<LoggerLinks.Packet> feed(String mn) {
        AtomicInteger hour = new AtomicInteger();
        LocalDateTime first = LocalDateTime.of(2001, 1, 1, 0, 0);
        return () -> {
            int h = hour.getAndIncrement();
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            values.put("a21026", BigDecimal.valueOf(8 + h % 5));
            values.put("a21004", BigDecimal.valueOf(22 + h % 17));
            values.put("a34002", BigDecimal.valueOf(40 + h % 23));
            values.put("a34004", BigDecimal.valueOf(20 + h % 13));
            values.put("a21005", new BigDecimal("0.7"));
            values.put("a05024", BigDecimal.valueOf(60 + h % 90));
            String qn = Hj212Encoder.nextQn(LocalDateTime.now());
            String segment = Hj212Encoder.upload(qn, Hj212Encoder.ST_AIR, "2061", "123456", mn, first.plusHours(h),
                    "Avg", values);
            return new LoggerLinks.Packet(qn, Hj212Encoder.frame(segment));
        };
    }

    private static void register(String http, List<String> mns, String authorization) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Semaphore inFlight = new Semaphore(32);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (String mn : mns) {
            inFlight.acquire();
            String body = "{\"mn\":\"%s\",\"kind\":\"AIR\",\"targetId\":\"%s\",\"password\":\"123456\"}".formatted(mn,
                    mn.replace("BENCH-", "BENCH-ST-"));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http + "/api/loggers/devices"))
                    .header("Content-Type", "application/json");
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            calls.add(client.sendAsync(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> inFlight.release()));
        }
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            int status = call.get().statusCode();
            if (status >= 300) {
                throw new IllegalStateException("registering a logger answered " + status + ": " + call.get().body());
            }
        }
    }

    static double rssMb(long pid) {
        if (pid <= 0) {
            return Double.NaN;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "%s " + format + "%n", prepend(java.time.LocalTime.now().withNano(0), args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
