package io.ecocity.waste.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Monthly reports sent on waste.reports to a real Kafka broker (in the test JVM) as a town office would, consumed
 * into H2; the indicator events read back from the broker. Nothing is stubbed.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class WasteReportEventsTest {

    private static final String CONSTRUCTION = "CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    private String send(String key, String type, String body) {
        String id = UUID.randomUUID().toString();
        new TopicProbe(bootstrapServers).send(Topics.WASTE_REPORTS, key, TopicProbe.cloudEventHeaders(id, type), body);
        return id;
    }

    private String send(String key, String body) {
        return send(key, EventType.WASTE_REPORT_SUBMITTED.type(), body);
    }

    private static String report(String town, String month, String quantities) {
        return "{\"town\":\"" + town + "\",\"month\":\"" + month + "\",\"quantities\":{" + quantities + "}}";
    }

    @Test
    void aReportFromATownOfficeIsStoredAndItsIndicatorsAnnouncedByContract() {
        send("石碣", report("石碣", "2018-05", "\"construction.generated\":800,\"construction.resourceUtilised\":500"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().get("/api/waste/reports/石碣/2018-05").then().statusCode(200)
                        .body("revision", equalTo(1)));
        given().get("/api/waste/reports/石碣/2018-05").then()
                .body("lastSource", org.hamcrest.Matchers.startsWith("kafka /tests/TopicProbe "));

        String key = "TOWN:石碣:" + CONSTRUCTION;
        List<ConsumerRecord<String, String>> events = new TopicProbe(bootstrapServers)
                .readKey(Topics.WASTE_INDICATORS, key, 3, Duration.ofSeconds(20));
        assertEquals(3, events.size(), "month, quarter and year of the town");
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(EventType.WASTE_INDICATOR_UPDATED.type(), TopicProbe.header(event, "ce_type"));
            assertEquals("/ecocity/waste-service", TopicProbe.header(event, "ce_source"));
            assertEquals(List.of(), EventContracts.violations(EventType.WASTE_INDICATOR_UPDATED.type(), event.value()));
            // 500 / 800 × 100
            assertTrue(event.value().contains("\"value\":62.50"), event.value());
            assertTrue(event.value().contains("\"scope\":\"TOWN\""), event.value());
        }
        assertEquals(List.of("\"period\":\"2018-05\"", "\"period\":\"2018-Q2\"", "\"period\":\"2018\""),
                events.stream().map(e -> e.value().replaceAll(".*(\"period\":\"[^\"]+\").*", "$1")).toList());
    }

    @Test
    void badReportsGoToTheDeadLetterTopicWithEveryReasonAndNothingOfThemIsStored() {
        Map<String, String> idsByCase = new LinkedHashMap<>();
        idsByCase.put("negative", send("石龙", report("石龙", "2018-06", "\"medical.generated\":-3")));
        idsByCase.put("utilised more than available", send("石龙",
                report("石龙", "2018-06", "\"construction.generated\":100,\"construction.resourceUtilised\":101")));
        idsByCase.put("unknown town", send("火星", report("火星", "2018-06", "\"medical.generated\":3")));
        idsByCase.put("unknown stream", send("石龙", report("石龙", "2018-06", "\"space.generated\":3")));
        idsByCase.put("given twice", send("石龙", "{\"town\":\"石龙\",\"month\":\"2018-06\",\"quantities\":"
                + "{\"medical.generated\":3,\"medical.generated\":4}}"));
        idsByCase.put("key is not the town", send("石碣", report("石龙", "2018-06", "\"medical.generated\":3")));
        idsByCase.put("wrong type", send("石龙", EventType.WASTE_MANIFEST_CHANGED.type(), report("石龙", "2018-06", "\"medical.generated\":3")));
        idsByCase.put("not the contract", send("石龙", "{\"town\":\"石龙\",\"month\":\"June\",\"quantities\":{},\"note\":1}"));
        // a good report after the bad ones is applied: the bad ones held nothing back
        send("石龙", report("石龙", "2018-07", "\"medical.generated\":3,\"medical.disposed\":2"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/waste/reports/石龙/2018-07").then().statusCode(200));
        List<ConsumerRecord<String, String>> dead = new TopicProbe(bootstrapServers).read(
                Topics.deadLetterTopicOf(Topics.WASTE_REPORTS), Duration.ofSeconds(20),
                records -> records.stream().filter(r -> idsByCase.containsValue(TopicProbe.header(r, "ce_id"))).count() >= idsByCase.size());
        Map<String, String> reasonById = new HashMap<>();
        dead.forEach(r -> reasonById.put(TopicProbe.header(r, "ce_id"), TopicProbe.header(r, "dlq_reason")));
        Map<String, String> expected = Map.of(
                "negative", "breaks its schema",
                "utilised more than available", "more construction waste utilised than generated",
                "unknown town", "unknown town '火星'",
                "unknown stream", "no stream 'space'",
                "given twice", "'medical.generated' is given twice",
                "key is not the town", "keyed by '石碣' but reports town '石龙'",
                "wrong type", "not '" + EventType.WASTE_MANIFEST_CHANGED.type() + "'",
                "not the contract", "breaks its schema");
        expected.forEach((testCase, reason) -> {
            String actual = reasonById.get(idsByCase.get(testCase));
            assertTrue(actual != null && actual.contains(reason), testCase + ": " + actual);
        });
        given().get("/api/waste/reports/石龙/2018-06").then().statusCode(404);
        given().get("/api/waste/reports/火星/2018-06").then().statusCode(404);
    }

    @Test
    void aRedeliveredReportIsAppliedOnce() {
        String body = report("石龙", "2018-08", "\"hazardous.generated\":9");
        String id = UUID.randomUUID().toString();
        TopicProbe probe = new TopicProbe(bootstrapServers);
        probe.send(Topics.WASTE_REPORTS, "石龙", TopicProbe.cloudEventHeaders(id, EventType.WASTE_REPORT_SUBMITTED.type()), body);
        // the town corrects its report; then the first report is delivered again
        send("石龙", report("石龙", "2018-08", "\"hazardous.generated\":5"));
        probe.send(Topics.WASTE_REPORTS, "石龙", TopicProbe.cloudEventHeaders(id, EventType.WASTE_REPORT_SUBMITTED.type()), body);
        // a later report on the same key is consumed after all three
        send("石龙", report("石龙", "2018-09", "\"hazardous.generated\":1"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().get("/api/waste/reports/石龙/2018-09").then().statusCode(200));
        long recorded = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(p) from ProcessedEvent p where p.eventId like :id", Long.class)
                .setParameter("id", "%" + id).getSingleResult());
        assertEquals(1, recorded);
        // applied again, the copy would undo the correction (9 t, revision 3)
        given().get("/api/waste/reports/石龙/2018-08").then().statusCode(200)
                .body("revision", equalTo(2))
                .body("lastSource", org.hamcrest.Matchers.not(org.hamcrest.Matchers.endsWith(id)));
    }
}
