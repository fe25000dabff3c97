package io.ecocity.air.service.statistics;

import static io.ecocity.air.repository.statistics.DailyValueFixture.day;
import static io.ecocity.air.repository.statistics.DailyValueFixture.days;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.air.repository.statistics.DailyValueFixture;
import io.ecocity.air.repository.statistics.StatisticsDailyValueEntity;
import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Daily values written into H2 with the DailyValuesChanged event fired in the writing transaction (standing in for the
 * daily assessment), recomputed after commit and published through the outbox to the real broker in the test JVM;
 * nothing is stubbed.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class StatisticsRecomputerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DailyValueFixture fixture;

    @Inject
    ObjectMapper json;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aBurstOfChangesIsRecomputedOnceAndPublishedAsOneStatisticsEvent() throws Exception {
        // five commits in quick succession, one day each: a recomputation per commit would publish 1, 2, … 5 days
        for (int i = 0; i < 5; i++) {
            StatisticsDailyValueEntity row = day("STATION", "BURST-1", d("2014-03-01").plusDays(i));
            row.pm25 = BigDecimal.valueOf(20 + 2L * i);
            fixture.writeAndAnnounce(List.of(row));
        }
        TopicProbe probe = new TopicProbe(bootstrapServers);
        probe.readKey(Topics.AIR_STATISTICS, "BURST-1", 1, Duration.ofSeconds(15));
        // longer than the debounce: a second recomputation of the burst would have published by now
        List<ConsumerRecord<String, String>> events = probe.readKey(Topics.AIR_STATISTICS, "BURST-1", 2,
                Duration.ofSeconds(4));
        assertEquals(1, events.size(), "one event for the burst");
        ConsumerRecord<String, String> event = events.get(0);
        assertEquals(EventType.AIR_STATISTICS_UPDATED.type(), TopicProbe.header(event, "ce_type"));
        assertEquals(List.of(), EventContracts.violations(EventType.AIR_STATISTICS_UPDATED.type(), event.value()));
        JsonNode body = json.readTree(event.value());
        assertEquals("STATION", body.get("scope").asText());
        assertEquals("BURST-1", body.get("stationId").asText());
        assertEquals(2014, body.get("year").asInt());
        assertEquals("2014-01-01", body.get("from").asText());
        assertEquals("2014-03-05", body.get("to").asText());
        assertEquals(5, body.get("validDays").asInt());
        assertEquals(24, body.get("pm25Mean").asInt(), "(20+22+24+26+28)/5");
        assertEquals(3, body.get("monthlyPm25").size());
        assertTrue(body.get("monthlyPm25").get(0).get("mean").isNull(), "January has no data");
        assertEquals(30, body.get("dailyAqi").size());
        assertEquals("2014-03-05", body.get("dailyAqi").get(29).get("date").asText());
        assertEquals(60, body.get("dailyAqi").get(29).get("aqi").asInt());
        assertTrue(body.get("dailyAqi").get(0).get("aqi").isNull());
        assertEquals(false, body.get("completenessMet").asBoolean(), "January and February have no valid day");

        // a correction changes the figures: published again; announcing unchanged data publishes nothing
        StatisticsDailyValueEntity corrected = day("STATION", "BURST-1", d("2014-03-05"));
        corrected.pm25 = new BigDecimal("58");
        fixture.writeAndAnnounce(List.of(corrected));
        events = probe.readKey(Topics.AIR_STATISTICS, "BURST-1", 2, Duration.ofSeconds(15));
        assertEquals(2, events.size());
        assertEquals(30, json.readTree(events.get(1).value()).get("pm25Mean").asInt(), "(20+22+24+26+58)/5");

        StatisticsDailyValueEntity same = day("STATION", "BURST-1", d("2014-03-05"));
        same.pm25 = new BigDecimal("58");
        fixture.writeAndAnnounce(List.of(same));
        assertEquals(2, probe.readKey(Topics.AIR_STATISTICS, "BURST-1", 3, Duration.ofSeconds(5)).size());
    }

    @Test
    void newDailyValuesRepublishTheTargetsTheyMove() throws Exception {
        fixture.store(days("TOWN", "进度镇", d("2011-01-01"), d("2011-06-30"), row -> { }));
        given().contentType(ContentType.JSON).body("{\"heavyPollutionDays\":1}")
                .put("/api/air/targets/2011/towns/进度镇").then().statusCode(200);
        TopicProbe probe = new TopicProbe(bootstrapServers);
        String key = "2011:TOWN:进度镇:HEAVY_POLLUTION_DAYS";
        List<ConsumerRecord<String, String>> events = probe.readKey(Topics.AIR_TARGETS, key, 1, Duration.ofSeconds(15));
        assertEquals("ON_TRACK", json.readTree(events.get(0).value()).get("status").asText());
        assertEquals(1, json.readTree(events.get(0).value()).get("remainingAllowance").asInt());

        // two heavily polluted days arrive for July: one over the target of 1, for good
        List<StatisticsDailyValueEntity> july = days("TOWN", "进度镇", d("2011-07-01"), d("2011-07-02"), row -> {
            row.aqi = 230;
            row.aqiLevel = 5;
        });
        fixture.writeAndAnnounce(july);
        events = probe.readKey(Topics.AIR_TARGETS, key, 2, Duration.ofSeconds(15));
        assertEquals(2, events.size());
        JsonNode moved = json.readTree(events.get(1).value());
        assertEquals(List.of(), EventContracts.violations(EventType.AIR_TARGET_PROGRESS.type(), events.get(1).value()));
        assertEquals("OFF_TRACK", moved.get("status").asText());
        assertEquals(-1, moved.get("remainingAllowance").asInt());
        assertTrue(moved.get("allowanceLabel").asText().contains("exceeded by 1"), moved.get("allowanceLabel").asText());
        assertEquals(3, moved.get("checkpoints").size());

        // the town's statistics went out too, keyed TOWN:<town>
        List<ConsumerRecord<String, String>> statistics = probe.readKey(Topics.AIR_STATISTICS, "TOWN:进度镇", 1,
                Duration.ofSeconds(15));
        JsonNode town = json.readTree(statistics.get(statistics.size() - 1).value());
        assertEquals("TOWN", town.get("scope").asText());
        assertEquals("进度镇", town.get("town").asText());
        assertEquals(2, town.get("heavilyPollutedDays").asInt());
    }
}
