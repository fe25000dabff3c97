package io.ecocity.air.rest;

import static io.ecocity.air.rest.AirTestData.hour;
import static io.ecocity.air.rest.AirTestData.item;
import static io.ecocity.air.rest.AirTestData.station;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A fixed window of deterministic observations and what the service answers about it over REST, in one canonical
 * text: every report (station, town, city; hourly and daily), the period statistics, the rankings and the towns'
 * target progress. Numbers keep the exact text the service wrote, so a figure that changes its digits shows.
 *
 * <p>The window (2026-02-22 … 2026-03-07, Beijing) spans a month end and the switch from HJ 633-2012 to
 * HJ 633-2026; its stations and towns belong to this window only, so the tests sharing the database do not touch it.
 */
final class AirPipelineGolden {

    static final LocalDate FIRST = LocalDate.of(2026, 2, 22);
    static final LocalDate LAST = LocalDate.of(2026, 3, 7);
    static final String TOWN_A = "金沙镇";
    static final String TOWN_B = "银湖镇";
    /** id, town, kind, assessed. */
    static final String[][] STATIONS = {
            {"GLD-A1", TOWN_A, "NATIONAL", "true"},
            {"GLD-A2", TOWN_A, "PROVINCIAL", "true"},
            {"GLD-A3", TOWN_A, "MICRO", "false"},
            {"GLD-B1", TOWN_B, "NATIONAL", "true"},
            {"GLD-B2", TOWN_B, "PROVINCIAL", "false"},
    };
    private static final String RANGE = "from=" + FIRST + "&to=" + LAST;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private AirPipelineGolden() {
    }

    /** One line of the captured text: its key and the canonical JSON it stands for. */
    record Entry(String key, String json) {
    }

    static void registerStations() {
        for (String[] s : STATIONS) {
            station(s[0], s[1], s[2], Boolean.parseBoolean(s[3]));
        }
    }

    /** The first load: every station's hours of the window, with gaps (single hours, a short day, a missing day). */
    static List<String> firstLoad() {
        Random random = new Random(20260301L);
        List<String> items = new ArrayList<>();
        for (int s = 0; s < STATIONS.length; s++) {
            String id = STATIONS[s][0];
            for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
                for (int h = 1; h <= 24; h++) {
                    boolean missing = random.nextInt(100) < 4
                            || (id.equals("GLD-A2") && day.equals(LocalDate.of(2026, 2, 25)) && h <= 6)
                            || (id.equals("GLD-B1") && day.equals(LocalDate.of(2026, 3, 3)));
                    String values = values(random, s, day, h,
                            id.equals("GLD-A1") && day.equals(LocalDate.of(2026, 3, 5)));
                    if (day.equals(LAST) && h >= 22) {
                        // clean air to end the window: the city's AQI alert it raised is cleared again, so the
                        // alert tests sharing the service start from a closed alert
                        values = "\"so2\":3,\"no2\":10,\"pm10\":15,\"pm25\":8.0,\"co\":0.30,\"o3\":20";
                        missing = false;
                    }
                    if (!missing) {
                        items.add(item(id, hour(day, h), values));
                    }
                }
            }
        }
        return items;
    }

    /** The second load: corrections (one across the edition switch), a late hour, and an unchanged repeat. */
    static String secondLoad() {
        List<String> items = List.of(
                item("GLD-A1", hour(LocalDate.of(2026, 2, 27), 13), "\"so2\":12,\"no2\":40,\"pm10\":90,"
                        + "\"pm25\":250.0,\"co\":1.35,\"o3\":60"),
                item("GLD-B1", hour(LocalDate.of(2026, 3, 1), 1), "\"so2\":850,\"no2\":31,\"pm10\":70,"
                        + "\"pm25\":41.3,\"co\":0.82,\"o3\":44"),
                item("GLD-A2", hour(LocalDate.of(2026, 2, 25), 3), "\"so2\":9,\"no2\":27,\"pm10\":66,"
                        + "\"pm25\":38.9,\"co\":0.71,\"o3\":35"),
                item("GLD-B2", hour(LocalDate.of(2026, 3, 6), 20), "\"so2\":7,\"no2\":58,\"pm10\":120,"
                        + "\"pm25\":88.8,\"co\":1.91,\"o3\":140"));
        return "[" + String.join(",", items) + "]";
    }

    private static String values(Random random, int station, LocalDate day, int hour, boolean noOzone) {
        // a daily cycle with a station offset and noise; one decimal for PM2.5, two for CO, integers otherwise
        double cycle = Math.sin((hour - 8) * Math.PI / 12);
        int dayIndex = day.getDayOfYear();
        int so2 = 4 + station + random.nextInt(12);
        int no2 = 20 + (int) (15 * cycle) + random.nextInt(25) + dayIndex % 5;
        int pm10 = 40 + random.nextInt(60) + 5 * station + (dayIndex % 7) * 6;
        BigDecimal pm25 = BigDecimal.valueOf(150 + random.nextInt(700) + 40L * (dayIndex % 4), 1);
        BigDecimal co = BigDecimal.valueOf(40 + random.nextInt(120), 2);
        int o3 = Math.max(2, 60 + (int) (70 * -cycle) + random.nextInt(40));
        StringBuilder values = new StringBuilder();
        values.append("\"so2\":").append(so2).append(",\"no2\":").append(no2).append(",\"pm10\":").append(pm10)
                .append(",\"pm25\":").append(pm25.toPlainString());
        if (random.nextInt(10) > 0) {
            values.append(",\"co\":").append(co.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
        }
        if (!noOzone) {
            values.append(",\"o3\":").append(o3);
        }
        return values.toString();
    }

    static void post(List<String> items) {
        AirTestData.post("[" + String.join(",", items) + "]").statusCode(200);
    }

    static void setTownTargets() {
        for (String town : List.of(TOWN_A, TOWN_B)) {
            given().contentType(ContentType.JSON)
                    .body("{\"pm25Mean\":35,\"goodDayRatio\":85,\"compositeIndex\":4.2,\"o3P90\":160,"
                            + "\"heavyPollutionDays\":2}")
                    .put("/api/air/targets/2026/towns/" + town).then().statusCode(200);
        }
    }

    /** Every answer of the service about the window, in a fixed order. */
    static List<Entry> capture() {
        List<Entry> entries = new ArrayList<>();
        Map<String, String> scopes = new LinkedHashMap<>();
        for (String[] s : STATIONS) {
            scopes.put("stations/" + s[0], "STATION " + s[0]);
        }
        scopes.put("towns/" + TOWN_A, "TOWN " + TOWN_A);
        scopes.put("towns/" + TOWN_B, "TOWN " + TOWN_B);
        scopes.put("city", "CITY CITY");
        scopes.forEach((path, name) -> {
            // the hourly reports one line per day (by the date of their label), to keep the stored form small
            Map<String, List<String>> byDay = new LinkedHashMap<>();
            for (JsonNode item : items("/api/air/reports/hourly/" + path + "?" + RANGE + "&limit=1000")) {
                byDay.computeIfAbsent(item.get("time").asText().substring(0, 10), d -> new ArrayList<>())
                        .add(write(item));
            }
            byDay.forEach((day, reports) ->
                    entries.add(new Entry("hourly " + name + " " + day, String.join("\n", reports))));
            for (JsonNode item : items("/api/air/reports/daily/" + path + "?" + RANGE + "&limit=1000")) {
                entries.add(new Entry("daily " + name + " " + item.get("date").asText(), write(item)));
            }
        });
        scopes.forEach((path, name) -> {
            entries.add(new Entry("statistics " + name + " window", get("/api/air/statistics/" + path + "?" + RANGE)));
            entries.add(new Entry("statistics " + name + " 2026-02",
                    get("/api/air/statistics/" + path + "?period=2026-02")));
        });
        entries.add(new Entry("ranking stations window", ranking("/api/air/statistics/rankings/stations?" + RANGE)));
        entries.add(new Entry("ranking stations pm25 window",
                ranking("/api/air/statistics/rankings/stations?by=PM25&assessedOnly=false&" + RANGE)));
        entries.add(new Entry("ranking towns window", ranking("/api/air/statistics/rankings/towns?" + RANGE)));
        for (String town : List.of(TOWN_A, TOWN_B)) {
            entries.add(new Entry("progress TOWN " + town,
                    get("/api/air/targets/2026/towns/" + town + "/progress?asOf=" + LAST)));
        }
        return entries;
    }

    /** The ranking's entries of this window's stations and towns (another test's may stand beside them). */
    private static String ranking(String path) {
        List<String> own = new ArrayList<>();
        for (JsonNode entry : items(path + "&limit=1000")) {
            String text = write(entry);
            if (text.contains("GLD-") || text.contains(TOWN_A) || text.contains(TOWN_B)) {
                own.add(text);
            }
        }
        return "[" + String.join(",", own) + "]";
    }

    private static List<JsonNode> items(String path) {
        JsonNode page = read(given().get(path).then().statusCode(200).extract().asString());
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        if (page.hasNonNull("nextCursor")) {
            throw new IllegalStateException("the window no longer fits in one page: " + path);
        }
        return items;
    }

    private static String get(String path) {
        return write(read(given().get(path).then().statusCode(200).extract().asString()));
    }

    static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored form: one line per entry, its key and the first 16 hex digits of the SHA-256 of its JSON. */
    static String digests(List<Entry> entries) {
        StringBuilder text = new StringBuilder();
        for (Entry entry : entries) {
            text.append(entry.key()).append(' ').append(digest(entry.json())).append('\n');
        }
        return text.toString();
    }

    static String fullText(List<Entry> entries) {
        StringBuilder text = new StringBuilder();
        for (Entry entry : entries) {
            text.append(entry.key()).append('\n').append(entry.json()).append('\n');
        }
        return text.toString();
    }

    private static String digest(String json) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
