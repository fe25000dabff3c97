package io.ecocity.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.demo.DemoLoader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo city's 2021 and 2022 loaded into the whole suite (a real broker process and the four packaged services in
 * the prod profile against PostgreSQL, in databases of their own) through its public REST and Kafka paths; the
 * gateway's annual bulletin then gives the bureau's 2022 figures. Nothing is stubbed. The five national stations
 * alone are loaded, without the hazardous-waste manifests: the stations make the city's figures, the manifests are
 * none of the bulletin's, and the whole network would take the services four times longer.
 */
class DemoIT {

    private static final String NAME = "demo";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static SuiteProcesses suite;
    private static JsonNode bulletin;

    @BeforeAll
    static void loadTheDemoIntoAFreshSuite() throws Exception {
        suite = SuiteProcesses.fresh(NAME);
        suite.startBroker();
        for (String service : SuiteProcesses.SERVICES) {
            suite.startService(service);
        }
        System.out.println("[demo] suite ready " + suite.awaitReady(Duration.ofSeconds(120)) + " s after start");

        Instant started = Instant.now();
        DemoLoader.run("load", "--from", "2021-01-01", "--to", "2022-12-31", "--provincial", "0", "--micro", "0",
                "--manifests", "false",
                "--air", suite.baseUrl("air-service"), "--water", suite.baseUrl("water-service"),
                "--waste", suite.baseUrl("waste-service"), "--gateway", suite.baseUrl("gateway"),
                "--kafka", suite.bootstrapServers(), "--key", suite.privateKey().toString());
        bulletin = awaitCompleteBulletin(2022, Duration.ofMinutes(3));
        System.out.println("[demo] 2021–2022 loaded and the 2022 bulletin complete after "
                + Duration.between(started, Instant.now()).toSeconds() + " s");
    }

    @AfterAll
    static void stopSuite() throws Exception {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void compositeIndexIs3point29AndOnePointEightPercentBetterThan2021() {
        JsonNode air = bulletin.path("figures").path("air");
        assertEquals("2022-01-01", air.path("from").asText());
        assertEquals("2022-12-31", air.path("to").asText());
        assertDecimal("3.29", air.path("compositeIndex"));
        assertDecimal("3.35", air.path("compositeIndexLastYear"));
        assertDecimal("1.8", air.path("compositeIndexImprovementPercent"));
    }

    @Test
    void pm25Is20AndNinePointOnePercentBetterThan2021() {
        JsonNode air = bulletin.path("figures").path("air");
        assertDecimal("20", air.path("pm25Mean"));
        assertDecimal("22", air.path("pm25MeanLastYear"));
        assertDecimal("9.1", air.path("pm25ImprovementPercent"));
    }

    @Test
    void sixOfTheNineSectionsAreGoodAnd共和村And樟村Improved() {
        JsonNode water = bulletin.path("figures").path("water");
        assertEquals(9, water.path("assessedSections").asInt());
        assertDecimal("66.7", water.path("goodSharePercent"));
        assertDecimal("55.6", water.path("goodSharePercentLastYear"));
        List<String> improved = new ArrayList<>();
        water.path("sectionsImproved").forEach(s -> improved.add(s.path("name").asText()));
        assertEquals(2, improved.size(), "the sections one class better than in 2021: " + improved);
        assertEquals(Set.of("共和村", "樟村"), Set.copyOf(improved));
    }

    @Test
    void theBulletinIsWholeAndItsParagraphStatesTheFigures() {
        assertTrue(bulletin.path("complete").asBoolean(), "the 2022 air statistics run to 31 December");
        assertEquals(0, bulletin.path("missing").size(), bulletin.path("missing").toString());
        String zh = bulletin.path("paragraphZh").asText();
        assertTrue(zh.contains("3.29") && zh.contains("1.8%") && zh.contains("9.1%") && zh.contains("66.7%")
                && zh.contains("共和村") && zh.contains("樟村"), zh);
    }

    @Test
    void the2022TreatmentWorkIsCompletedAt143point3Percent() throws Exception {
        HttpResponse<String> response = suite.get(suite.baseUrl("water-service") + "/api/water/treatment-tasks?year=2022");
        assertEquals(200, response.statusCode(), response.body());
        assertDecimal("143.3", JSON.readTree(response.body()).path("city").path("countCompletionPercent"));
    }

    private static JsonNode awaitCompleteBulletin(int year, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = suite.get(suite.baseUrl("gateway") + "/api/city/report?year=" + year);
            if (response.statusCode() == 200) {
                last = JSON.readTree(response.body());
                JsonNode water = last.path("figures").path("water");
                if (last.path("complete").asBoolean() && water.path("sectionsImproved").size() >= 2) {
                    return last;
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no complete " + year + " bulletin after " + timeout + ": " + last + "\n"
                + suite.tail("gateway") + "\n" + suite.tail("air-service"));
    }

    /**
     * Every figure the air service reports for the two loaded years, read through its API: the city's and each
     * town's daily reports, the city's and the towns' statistics of each year and the station ranking. None may show
     * more than three decimals (the finest reported precision, a sub-index) or a run of four 0s or 9s in its decimals
     * (a binary float, or a division cut short, such as 7.99999999998).
     */
    @Test
    void noAirFigureOfTheLoadedYearsCarriesAFloatOrACutDivision() throws Exception {
        String air = suite.baseUrl("air-service");
        List<String> artefacts = new ArrayList<>();
        int figures = 0;
        List<String> pages = new ArrayList<>(List.of("/api/air/reports/daily/city?from=2021-01-01&to=2022-12-31"));
        for (String year : List.of("2021", "2022")) {
            pages.add("/api/air/statistics/city?period=" + year);
            pages.add("/api/air/statistics/rankings/stations?period=" + year + "&assessedOnly=false");
            pages.add("/api/air/statistics/rankings/towns?period=" + year);
        }
        JsonNode towns = JSON.readTree(suite.get(air + "/api/air/statistics/rankings/towns?period=2022&limit=1000").body());
        for (JsonNode town : towns.path("items")) {
            String name = java.net.URLEncoder.encode(town.path("town").asText(), java.nio.charset.StandardCharsets.UTF_8);
            pages.add("/api/air/reports/daily/towns/" + name + "?from=2022-01-01&to=2022-12-31");
            pages.add("/api/air/statistics/towns/" + name + "?period=2022");
        }
        for (String page : pages) {
            String cursor = null;
            do {
                String url = air + page + (page.contains("?") ? "&" : "?") + "limit=1000"
                        + (cursor == null ? "" : "&cursor=" + cursor);
                HttpResponse<String> answer = suite.get(url);
                assertEquals(200, answer.statusCode(), url + " " + answer.body());
                JsonNode body = JSON.readTree(answer.body());
                figures += scanForArtefacts(page, "", body, artefacts);
                cursor = body.path("nextCursor").isTextual() ? body.path("nextCursor").asText() : null;
            } while (cursor != null);
        }
        System.out.println("[demo] " + figures + " air figures of 2021–2022 scanned in " + pages.size()
                + " answers, " + artefacts.size() + " artefacts");
        assertTrue(figures > 10_000, "too few figures scanned: " + figures);
        assertEquals(List.of(), artefacts.stream().limit(20).toList());
    }

    private static int scanForArtefacts(String where, String path, JsonNode node, List<String> artefacts) {
        int figures = 0;
        if (node.isObject()) {
            for (var fields = node.fields(); fields.hasNext(); ) {
                var field = fields.next();
                if (!field.getKey().equals("latitude") && !field.getKey().equals("longitude")) {
                    figures += scanForArtefacts(where, path + "." + field.getKey(), field.getValue(), artefacts);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                figures += scanForArtefacts(where, path + "[" + i + "]", node.get(i), artefacts);
            }
        } else if (node.isNumber()) {
            figures++;
            BigDecimal value = node.decimalValue();
            String plain = value.toPlainString();
            String decimals = plain.contains(".") ? plain.substring(plain.indexOf('.') + 1) : "";
            if (value.scale() > 3 || decimals.contains("0000") || decimals.contains("9999")) {
                artefacts.add(where + " " + path + " = " + plain);
            }
        }
        return figures;
    }

    private static void assertDecimal(String expected, JsonNode actual) {
        assertTrue(actual.isNumber(), "a number expected, was " + actual);
        assertThat(actual.decimalValue()).as("expected " + expected + ", was " + actual.decimalValue()).isEqualByComparingTo(new BigDecimal(expected));
    }
}
