package io.ecocity.water.reliability;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.ecocity.support.events.EventConsumer;
import io.ecocity.water.repository.SampleRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The event consumer against a real Kafka broker (in the test JVM) and the real test database: a database failure
 * is retried, never dead-lettered; bad content is dead-lettered alone; dead letters can be redriven. Nothing is
 * stubbed; the database failure is a table the probe handler writes to that does not exist yet.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class EventConsumerReliabilityTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Inject
    EventConsumer consumer;

    @Inject
    SampleRepository samples;

    @Test
    void aDatabaseFailureIsRetriedUntilItEndsAndNothingIsDeadLetteredMeanwhile() {
        sql("drop table if exists consumer_probe");
        TopicProbe probe = new TopicProbe(bootstrapServers);
        String good = UUID.randomUUID().toString();
        String bad = UUID.randomUUID().toString();
        long retriesBefore = consumer.transientRetryCount();
        send(probe, good, "during the outage");
        send(probe, bad, "reject me");

        // the database refuses: the consumer backs off and retries, and readiness says it is stuck
        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.transientRetryCount() >= retriesBefore + 3);
        given().get("/q/health/ready").then().statusCode(503)
                .body(containsString("event consumer")).body(containsString("consumer_probe"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("ecocity_events_consumer_transient_retries_total"))
                .body(containsString("ecocity_events_outbox_backlog"));
        assertTrue(deadLetters(probe, Duration.ofSeconds(3), Set.of(good, bad)).isEmpty(),
                "nothing is dead-lettered while the failure lasts, not even the bad event of the held-up poll");

        // the database is back: the held-up events are applied once, the bad one alone goes to the dead letters
        sql("create table consumer_probe (id varchar(100) primary key, body varchar(200))");
        await().atMost(Duration.ofSeconds(60)).until(() -> probeRows(good) == 1);
        List<ConsumerRecord<String, String>> dead = await().atMost(Duration.ofSeconds(20))
                .until(() -> deadLetters(probe, Duration.ofSeconds(3), Set.of(good, bad)), d -> !d.isEmpty());
        assertEquals(1, dead.size());
        ConsumerRecord<String, String> letter = dead.get(0);
        assertEquals(bad, TopicProbe.header(letter, "ce_id"));
        assertTrue(TopicProbe.header(letter, "dlq_reason").contains("probe rejects"), TopicProbe.header(letter, "dlq_reason"));
        assertEquals(ProbeTableHandler.TOPIC, TopicProbe.header(letter, "dlq_original_topic"));
        assertTrue(TopicProbe.header(letter, "dlq_original_partition").matches("\\d+"));
        assertTrue(TopicProbe.header(letter, "dlq_original_offset").matches("\\d+"));
        assertEquals("water-service", TopicProbe.header(letter, "dlq_consumer"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        assertEquals(0, probeRows(bad));
    }

    @Test
    void aRejectedEventDoesNotHoldBackTheRestOfItsPoll() {
        sql("drop table if exists consumer_probe");
        sql("create table consumer_probe (id varchar(100) primary key, body varchar(200))");
        TopicProbe probe = new TopicProbe(bootstrapServers);
        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString());
        send(probe, ids.get(0), "first");
        send(probe, ids.get(1), "reject the second");
        send(probe, ids.get(2), "third");
        send(probe, ids.get(3), "fourth");
        await().atMost(Duration.ofSeconds(20)).until(() -> probeRows(ids.get(0)) + probeRows(ids.get(2))
                + probeRows(ids.get(3)) == 3);
        assertEquals(0, probeRows(ids.get(1)));
        Set<String> dead = probe.read(Topics.deadLetterTopicOf(ProbeTableHandler.TOPIC), Duration.ofSeconds(20),
                        seen -> seen.stream().anyMatch(r -> ids.get(1).equals(TopicProbe.header(r, "ce_id"))))
                .stream().map(r -> TopicProbe.header(r, "ce_id")).collect(Collectors.toSet());
        assertTrue(dead.contains(ids.get(1)), "the rejected event is dead-lettered");
        assertTrue(!dead.contains(ids.get(0)) && !dead.contains(ids.get(2)) && !dead.contains(ids.get(3)));
    }

    @Test
    void anAdministratorRedrivesDeadLettersOnceTheirCauseIsFixedAndTwiceChangesNothing() {
        TopicProbe probe = new TopicProbe(bootstrapServers);
        String section = "RDV-" + UUID.randomUUID().toString().substring(0, 8);
        probe.send(Topics.WATER_SAMPLES, section, TopicProbe.cloudEventHeaders(UUID.randomUUID().toString(),
                EventType.WATER_SAMPLE_REPORTED.type()),
                "{\"sectionId\":\"" + section + "\",\"sampledAt\":\"2026-09-01T08:00:00+08:00\",\"values\":{\"DO\":6}}");
        probe.read(Topics.deadLetterTopicOf(Topics.WATER_SAMPLES), Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> r.value().contains(section)));

        // the cause: the section was not registered yet
        given().contentType(ContentType.JSON).body("""
                {"sectionId":"%s","name":"%s","river":"寒溪河","waterBodyType":"RIVER","level":"PROVINCIAL",
                 "town":"东坑","targetClass":"III","latitude":22.99,"longitude":113.94,"assessed":false}"""
                .formatted(section, section)).post("/api/water/sections").then().statusCode(201);
        given().post("/api/admin/dead-letters/water.samples/redrive").then().statusCode(200)
                .body("topic", org.hamcrest.Matchers.equalTo("water.samples"));
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> samples.count("sectionId", section)) == 1);

        int alreadyApplied = given().post("/api/admin/dead-letters/water.samples/redrive").then().statusCode(200)
                .extract().path("alreadyApplied");
        assertTrue(alreadyApplied >= 1, "the redriven sample is known as applied");
        given().get("/api/water/sections/" + section + "/samples").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(1));
        given().post("/api/admin/dead-letters/no.such-topic/redrive").then().statusCode(404);
    }

    private static void send(TopicProbe probe, String id, String body) {
        probe.send(ProbeTableHandler.TOPIC, "probe", TopicProbe.cloudEventHeaders(id, "ecocity.test.probe.v1"), body);
    }

    /** The dead letters of the probe topic among the given event ids, read for {@code wait}. */
    private static List<ConsumerRecord<String, String>> deadLetters(TopicProbe probe, Duration wait, Set<String> ids) {
        return probe.read(Topics.deadLetterTopicOf(ProbeTableHandler.TOPIC), wait, seen -> false).stream()
                .filter(r -> ids.contains(TopicProbe.header(r, "ce_id"))).toList();
    }

    private long probeRows(String id) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                    .createNativeQuery("select count(*) from consumer_probe where id = ?1")
                    .setParameter(1, id).getSingleResult()).longValue());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }
}
