package io.ecocity.air.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    private static List<AirPipelineGolden.Entry> captured;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** The window loaded once for the tests of this class (they share the service and its database). */
    private static synchronized List<AirPipelineGolden.Entry> loaded() {
        if (captured == null) {
            AirPipelineGolden.registerStations();
            AirPipelineGolden.setTownTargets();
            List<String> first = AirPipelineGolden.firstLoad();
            Set<String> stationHours = stationHours(first);
            AirPipelineGolden.post(first);
            settled(stationHours.size());

            stationHours.addAll(stationHours(List.of(AirPipelineGolden.secondLoad())));
            AirTestData.post(AirPipelineGolden.secondLoad()).statusCode(200);
            captured = settled(stationHours.size());
        }
        return captured;
    }

    @Test
    void theWindowsReportsStatisticsAndProgressAreThoseOfTheGoldenFile() throws IOException {
        List<AirPipelineGolden.Entry> entries = loaded();
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

    @Test
    void noFigureOfAnAnswerOrEventCarriesADivisionOrFloatArtefact() {
        List<String> artefacts = new ArrayList<>();
        for (AirPipelineGolden.Entry entry : loaded()) {
            for (String json : entry.json().split("\n")) {
                ReportedFigureScan.scan(entry.key(), AirPipelineGolden.read(json), artefacts);
            }
        }
        TopicProbe probe = new TopicProbe(bootstrapServers);
        int events = 0;
        for (String topic : List.of(Topics.AIR_ASSESSMENTS, Topics.AIR_STATISTICS, Topics.AIR_TARGETS)) {
            List<ConsumerRecord<String, String>> records = probe.read(topic, Duration.ofSeconds(20),
                    read -> read.stream().anyMatch(AirPipelineGoldenTest::ofTheWindow));
            for (ConsumerRecord<String, String> record : records) {
                if (ofTheWindow(record)) {
                    events++;
                    ReportedFigureScan.scan(topic + " " + record.key() + " " + TopicProbe.header(record, "ce_type"),
                            AirPipelineGolden.read(record.value()), artefacts);
                }
            }
        }
        assertTrue(events > 100, "the window's events were read: " + events);
        assertEquals(List.of(), artefacts.subList(0, Math.min(artefacts.size(), 30)),
                artefacts.size() + " figures carry an artefact");
    }

    private static boolean ofTheWindow(ConsumerRecord<String, String> record) {
        String key = String.valueOf(record.key());
        return key.contains("GLD-") || key.contains(AirPipelineGolden.TOWN_A) || key.contains(AirPipelineGolden.TOWN_B);
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
