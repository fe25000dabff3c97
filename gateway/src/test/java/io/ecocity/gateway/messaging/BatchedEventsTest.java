package io.ecocity.gateway.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.events.air.AirHourlyAssessment;
import io.ecocity.events.common.Alert;
import io.ecocity.gateway.repository.AirHourlyAssessmentEntity;
import io.ecocity.gateway.repository.AirLatestHourEntity;
import io.ecocity.gateway.repository.CityAlertEntity;
import io.ecocity.gateway.repository.ViewKeys;
import io.ecocity.gateway.support.AppliedPolls;
import io.ecocity.gateway.support.CityEvents;
import io.ecocity.gateway.support.CityEvents.Outgoing;
import io.ecocity.gateway.support.DownstreamServicesTestResource;
import io.ecocity.gateway.support.Payloads;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A poll of events is applied in one transaction, with the events of one entity merged to the newest and the rows
 * written in JDBC batches: events sent to the real broker (in the test JVM) in one record batch, so that they reach
 * the gateway in one poll, into its real database.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(DownstreamServicesTestResource.class)
class BatchedEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "ecocity.gateway.overview.max-age")
    Duration maxAge;

    @Inject
    ObjectMapper json;

    @Inject
    AppliedPolls polls;

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aPollWithSeveralEventsOfOneStationHourEndsWithTheNewestInOneTransaction() {
        CityEvents events = new CityEvents(bootstrapServers, json);
        String a = id("BT-A");
        String b = id("BT-B");
        String c = id("BT-C");
        OffsetDateTime hourEnd = OffsetDateTime.now().withMinute(0).withSecond(0).withNano(0).minusHours(2);
        Instant stated = Instant.now().minusSeconds(900);
        AirHourlyAssessment original = station(a, hourEnd, 120, false);
        List<Outgoing> poll = List.of(
                events.event(EventType.AIR_HOURLY_ASSESSED, original, stated),
                events.event(EventType.AIR_HOURLY_ASSESSED, station(b, hourEnd, 70, false), stated),
                // the correction of a's hour, then its original replayed: the correction holds
                events.event(EventType.AIR_HOURLY_ASSESSED, station(a, hourEnd, 60, true), stated.plusSeconds(300)),
                events.event(EventType.AIR_HOURLY_ASSESSED, original, stated),
                events.event(EventType.AIR_HOURLY_ASSESSED, station(c, hourEnd, 80, false), stated),
                // b's hour corrected in the same poll
                events.event(EventType.AIR_HOURLY_ASSESSED, station(b, hourEnd, 75, true), stated.plusSeconds(60)));
        events.sendTogether(id("BT-KEY"), poll);

        AppliedPolls.Poll applied = appliedPoll(poll);
        assertEquals(1, applied.poll().transactions(), "the poll is applied in one transaction");
        assertEquals(0, applied.poll().deadLettered());
        // three hours (a's merged from three events, b's from two) and their three latest rows, written in batches
        assertEquals(1, applied.statementsOn("insert", "air_hourly_assessment"), applied.statements().toString());
        assertEquals(1, applied.statementsOn("insert", "air_latest_hour"), applied.statements().toString());
        assertEquals(1, applied.statementsOn("insert", "processed_event"), applied.statements().toString());
        // what the poll touches is read in one query per table, not one per event
        assertTrue(applied.statementsOn("select", "air_hourly_assessment") <= 1, applied.statements().toString());
        assertTrue(applied.statementsOn("select", "air_latest_hour") <= 1, applied.statements().toString());

        assertHour(a, hourEnd, 60, true);
        assertHour(b, hourEnd, 75, true);
        assertHour(c, hourEnd, 80, false);
    }

    @Test
    void aPoisonEventOfAPollIsDeadLetteredAloneAndTheOthersApplied() {
        CityEvents events = new CityEvents(bootstrapServers, json);
        String d = id("BT-D");
        String e = id("BT-E");
        OffsetDateTime hourEnd = OffsetDateTime.now().withMinute(0).withSecond(0).withNano(0).minusHours(3);
        Instant stated = Instant.now().minusSeconds(60);
        Outgoing poison = new Outgoing(UUID.randomUUID().toString(), EventType.AIR_HOURLY_ASSESSED,
                "{\"scope\":\"STATION\",\"stationId\":\"" + id("BT-P") + "\"}", stated);
        List<Outgoing> poll = List.of(
                events.event(EventType.AIR_HOURLY_ASSESSED, station(d, hourEnd, 55, false), stated),
                poison,
                events.event(EventType.AIR_HOURLY_ASSESSED, station(e, hourEnd, 65, false), stated));
        String key = id("BT-KEY");
        events.sendTogether(key, poll);

        AppliedPolls.Poll applied = appliedPoll(List.of(poll.get(0), poll.get(2)));
        assertEquals(1, applied.poll().transactions(), "the poison is taken out before the poll's transaction");
        assertEquals(1, applied.poll().deadLettered());
        assertHour(d, hourEnd, 55, false);
        assertHour(e, hourEnd, 65, false);
        List<ConsumerRecord<String, String>> dead = new TopicProbe(bootstrapServers).readKey(
                Topics.deadLetterTopicOf(Topics.AIR_ASSESSMENTS), key, 1, WAIT);
        assertEquals(1, dead.size(), "one dead letter of the poll");
        assertEquals(poison.id(), TopicProbe.header(dead.get(0), "ce_id"));
        assertTrue(TopicProbe.header(dead.get(0), "dlq_reason").contains("breaks its schema"),
                TopicProbe.header(dead.get(0), "dlq_reason"));
    }

    @Test
    void aValueTheDatabaseRefusesIsFoundWithoutApplyingThePollOneByOne() {
        CityEvents events = new CityEvents(bootstrapServers, json);
        List<Outgoing> poll = new ArrayList<>();
        List<String> alertIds = new ArrayList<>();
        int refused = 11;
        for (int i = 0; i < 16; i++) {
            String alertId = id("BT-AL" + i);
            alertIds.add(alertId);
            Alert alert = Payloads.alert(alertId, "air", "WARNING", "RAISED", "洪梅");
            if (i == refused) {
                // the contract sets no bound on a title; the view's column holds 400 characters
                alert = new Alert(alert.alertId(), alert.domain(), alert.kind(), alert.severity(), alert.state(),
                        alert.subjectId(), alert.town(), "长".repeat(500), alert.message(), alert.value(),
                        alert.threshold(), alert.unit(), alert.raisedAt());
            }
            poll.add(events.event(EventType.AIR_ALERT, alert, Instant.now()));
        }
        String key = id("BT-KEY");
        events.sendTogether(key, poll);

        List<Outgoing> kept = new ArrayList<>(poll);
        kept.remove(refused);
        AppliedPolls.Poll applied = appliedPoll(kept);
        assertEquals(1, applied.poll().deadLettered());
        // halving: the whole poll, then both halves of each half that failed, down to the event: 1 + 2 * log2(16)
        assertTrue(applied.poll().transactions() <= 9, "transactions: " + applied.poll().transactions());
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < alertIds.size(); i++) {
                CityAlertEntity row = CityAlertEntity.findById(alertIds.get(i));
                if (i == refused) {
                    assertNull(row, "the refused alert is not in the view");
                } else {
                    assertNotNull(row, "alert " + i + " applied");
                }
            }
        });
        List<ConsumerRecord<String, String>> dead = new TopicProbe(bootstrapServers).readKey(
                Topics.deadLetterTopicOf(Topics.AIR_ALERTS), key, 1, WAIT);
        assertEquals(1, dead.size());
        assertEquals(poll.get(refused).id(), TopicProbe.header(dead.get(0), "ce_id"));
    }

    @Test
    void theOverviewShowsWhatAPollChangedOnceTheMaxAgeHasPassed() throws InterruptedException {
        String alertId = id("BT-OV");
        int before = given().get("/api/city/overview").then().statusCode(200).extract().path("water.activeAlerts.critical");
        CityEvents events = new CityEvents(bootstrapServers, json);
        Outgoing raised = events.event(EventType.WATER_ALERT, Payloads.alert(alertId, "water", "CRITICAL", "RAISED",
                "洪梅"), Instant.now());
        events.sendTogether(id("BT-KEY"), List.of(raised));
        appliedPoll(List.of(raised));
        // committed: the overview assembled before it is out of date, and is assembled anew once its max age is over
        Thread.sleep(maxAge.toMillis() + 50);
        int after = given().get("/api/city/overview").then().statusCode(200).extract().path("water.activeAlerts.critical");
        assertNotEquals(before, after, "the overview shows the alert raised");
    }

    private AppliedPolls.Poll appliedPoll(List<Outgoing> sent) {
        AppliedPolls.Poll[] found = new AppliedPolls.Poll[1];
        await().atMost(WAIT).until(() -> {
            found[0] = polls.of(sent.get(0).id()).orElse(null);
            return found[0] != null;
        });
        for (Outgoing one : sent) {
            assertTrue(found[0].poll().eventIds().contains(one.id()), "the events arrived in one poll");
        }
        return found[0];
    }

    private static void assertHour(String stationId, OffsetDateTime hourEnd, int aqi, boolean correction) {
        String scopeKey = ViewKeys.scopeKey("STATION", null, stationId);
        QuarkusTransaction.requiringNew().run(() -> {
            AirHourlyAssessmentEntity hour = AirHourlyAssessmentEntity.findById(
                    ViewKeys.of(scopeKey, hourEnd.toInstant().toString()));
            assertNotNull(hour, "the hour of " + stationId);
            assertEquals(aqi, hour.aqi, "the hour of " + stationId);
            assertEquals(correction, hour.correction, "the hour of " + stationId);
            AirLatestHourEntity latest = AirLatestHourEntity.of(scopeKey);
            assertEquals(aqi, latest.aqi, "the latest hour of " + stationId);
        });
    }

    private static AirHourlyAssessment station(String stationId, OffsetDateTime hourEnd, int aqi, boolean correction) {
        AirHourlyAssessment h = Payloads.hour("STATION", stationId, null, hourEnd, aqi, 2, "良", "#FFFF00", "pm25");
        return new AirHourlyAssessment(h.scope(), h.stationId(), h.town(), h.time(), h.edition(), h.concentrations(),
                h.indicators(), h.aqi(), h.level(), h.category(), h.categoryEn(), h.colour(), h.primaryPollutants(),
                h.exceedancePollutants(), h.capped(), h.stationCount(), correction);
    }
}
