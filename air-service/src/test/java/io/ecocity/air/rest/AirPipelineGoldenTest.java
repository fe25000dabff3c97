package io.ecocity.air.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The air pipeline end to end against the answers it gave before: a fixed window of observations in over REST, the
 * assessment, and every report, statistic and target progress out over REST, compared with
 * {@code golden/air-pipeline.digests} line by line. Real broker (in the test JVM) and the test database; nothing is
 * stubbed.
 *
 * <p>A deliberate change of an answer regenerates the file: {@code -Decocity.golden.write=true} writes it into
 * src/test/resources; the full text of every answer is written to target/golden/air-pipeline.txt for the diff.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class AirPipelineGoldenTest {

    private static final String RESOURCE = "golden/air-pipeline.digests";
    private static final Pattern STATION_HOUR = Pattern.compile("\\{\"stationId\":\"([^\"]+)\",\"time\":\"([^\"]+)\"");

    @Test
    void theWindowsReportsStatisticsAndProgressAreThoseOfTheGoldenFile() throws IOException {
        AirPipelineGolden.registerStations();
        AirPipelineGolden.setTownTargets();
        List<String> first = AirPipelineGolden.firstLoad();
        Set<String> stationHours = stationHours(first);
        AirPipelineGolden.post(first);
        settled(stationHours.size());

        stationHours.addAll(stationHours(List.of(AirPipelineGolden.secondLoad())));
        AirTestData.post(AirPipelineGolden.secondLoad()).statusCode(200);
        List<AirPipelineGolden.Entry> entries = settled(stationHours.size());

        String actual = AirPipelineGolden.digests(entries);
        Path full = Path.of("target", "golden", "air-pipeline.txt");
        Files.createDirectories(full.getParent());
        Files.writeString(full, AirPipelineGolden.fullText(entries), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("ecocity.golden.write")) {
            Path stored = Path.of("src", "test", "resources", RESOURCE);
            Files.createDirectories(stored.getParent());
            Files.writeString(stored, actual, StandardCharsets.UTF_8);
        }
        assertEquals(expected(), actual, "the answers differ from " + RESOURCE + "; full text in " + full);
    }

    /** The answers once every station-hour has its report and two captures a second apart agree. */
    private static List<AirPipelineGolden.Entry> settled(int stationHours) {
        List<List<AirPipelineGolden.Entry>> last = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            List<AirPipelineGolden.Entry> now = AirPipelineGolden.capture();
            boolean stable = !last.isEmpty() && last.get(0).equals(now) && stationHourReports(now) == stationHours;
            last.clear();
            last.add(now);
            return stable;
        });
        return last.get(0);
    }

    private static long stationHourReports(List<AirPipelineGolden.Entry> entries) {
        return entries.stream().filter(e -> e.key().startsWith("hourly STATION "))
                .mapToLong(e -> e.json().split("\n").length).sum();
    }

    private static Set<String> stationHours(List<String> items) {
        Set<String> keys = new TreeSet<>();
        for (String item : items) {
            Matcher m = STATION_HOUR.matcher(item);
            while (m.find()) {
                keys.add(m.group(1) + "|" + m.group(2));
            }
        }
        return keys;
    }

    private static String expected() throws IOException {
        try (InputStream in = AirPipelineGoldenTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
