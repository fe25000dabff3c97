package io.ecocity.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A network of stations a workload feeds: a few assessed national stations that make the city and town values, and
 * micro stations beside them, each with its own ids so that no two workloads (or runs) touch the same station-hour.
 * Values are plausible and vary by station and hour, so every observation is new data the service must assess.
 */
final class StationSet {

    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final String prefix;
    private final int count;
    private final int assessed;
    private final int towns;

    StationSet(String prefix, int count, int assessed, int towns) {
        this.prefix = prefix;
        this.count = count;
        this.assessed = assessed;
        this.towns = towns;
    }

    int count() {
        return count;
    }

    int assessed() {
        return assessed;
    }

    String id(int index) {
        return String.format(Locale.ROOT, "%s-%04d", prefix, index + 1);
    }

    /** The assessed stations are spread evenly through the set, so each batch and each hour holds some. */
    boolean isAssessed(int index) {
        if (assessed == 0) {
            return false;
        }
        int stride = Math.max(1, count / assessed);
        return index % stride == 0 && index / stride < assessed;
    }

    /** Registers every station through the air-service's API, as a city system would (with an admin token). */
    void register(String airUrl, HttpClient http, String authorization) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(pool.submit(() -> {
                    boolean national = isAssessed(index);
                    String body = String.format(Locale.ROOT, "{\"stationId\":\"%s\",\"name\":\"测试站 %s\",\"town\":\"%s\","
                                    + "\"latitude\":%.4f,\"longitude\":%.4f,\"kind\":\"%s\",\"assessed\":%s}",
                            id(index), id(index), prefix + "-镇" + (index % towns + 1), 22.9 + (index % 100) * 0.002,
                            113.6 + (index / 100 % 100) * 0.002, national ? "NATIONAL" : "MICRO", national);
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(airUrl + "/api/air/stations"))
                            .header("Content-Type", "application/json").header("Authorization", authorization)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() / 100 != 2) {
                        throw new IOException("registering " + id(index) + ": " + response.statusCode() + " " + response.body());
                    }
                    return null;
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The end of the {@code hour}-th hour after {@code first}, as the API labels it. */
    static Instant hourEnd(Instant first, long hour) {
        return first.plusSeconds(3600 * hour);
    }

    static String time(Instant hourEnd) {
        return TIME.format(OffsetDateTime.ofInstant(hourEnd, BEIJING));
    }

    /** One station-hour as the REST batch item and the {@code air.observations} payload have it. */
    String observation(int station, Instant hourEnd) {
        long h = hourEnd.getEpochSecond() / 3600;
        int wave = (int) ((h * 7 + station * 13) % 40);
        return String.format(Locale.ROOT, "{\"stationId\":\"%s\",\"time\":\"%s\",\"so2\":%d,\"no2\":%d,\"pm10\":%d,"
                        + "\"pm25\":%d,\"co\":%d.%d,\"o3\":%d}", id(station), time(hourEnd), 4 + wave % 9, 15 + wave,
                30 + wave * 2, 12 + wave, wave % 2, 3 + wave % 7, 20 + (int) ((h + station) % 24) * 6);
    }

    /** A batch of station-hours as a JSON array. */
    String batch(int fromStation, int stations, Instant firstHourEnd, int hours) {
        StringBuilder json = new StringBuilder(stations * hours * 130).append('[');
        for (int h = 0; h < hours; h++) {
            Instant hourEnd = hourEnd(firstHourEnd, h);
            for (int s = fromStation; s < fromStation + stations; s++) {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append(observation(s, hourEnd));
            }
        }
        return json.append(']').toString();
    }
}
