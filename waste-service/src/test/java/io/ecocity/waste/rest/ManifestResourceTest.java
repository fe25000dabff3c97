package io.ecocity.waste.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.ecocity.waste.Outbox;
import io.ecocity.waste.domain.ManifestState;
import io.ecocity.waste.service.ManifestService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transfer manifests over REST into H2 with the default (configured) rules, events into the outbox and a real Kafka
 * broker (in the test JVM); the overdue scan is called directly for chosen days. Nothing is stubbed.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ManifestResourceTest {

    /** The legal moves, written out independently of the implementation. */
    private static final Set<String> LEGAL = Set.of(
            "DRAFT>SUBMITTED", "DRAFT>CANCELLED", "SUBMITTED>IN_TRANSIT", "SUBMITTED>CANCELLED",
            "IN_TRANSIT>RECEIVED", "IN_TRANSIT>DISCREPANCY", "DISCREPANCY>RECEIVED", "DISCREPANCY>REJECTED",
            "RECEIVED>CLOSED");
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Inject
    ManifestService manifests;

    @BeforeEach
    void receiverIsLicensed() {
        given().contentType(ContentType.JSON).body("""
                {"facilityId":"MF-01","name":"麻涌危险废物处置中心","town":"麻涌","licenceNumber":"4419-0001",
                 "kind":"UTILISATION_AND_DISPOSAL","annualCapacityTonnes":{"HW49":100000,"HW08":100000}}""")
                .post("/api/waste/facilities").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private static String manifest(String number, String filledAt) {
        return """
                {"manifestNumber":"%s","consigner":"东莞某电子有限公司","consignerTown":"长安","carrier":"东莞某危货运输公司",
                 "receiverFacilityId":"MF-01","wasteCategory":"HW49","wasteCode":"900-041-49","quantityTonnes":100,
                 "actor":"移出人 张三"%s}""".formatted(number, filledAt == null ? "" : ",\"filledAt\":\"" + filledAt + "\"");
    }

    private static String create(String filledAt) {
        String number = "2025441900" + String.format("%04d", SERIAL.incrementAndGet());
        given().contentType(ContentType.JSON).body(manifest(number, filledAt)).post("/api/waste/manifests")
                .then().statusCode(201).body("state", equalTo("DRAFT"));
        return number;
    }

    private static ValidatableResponse move(String number, ManifestState to, String receivedTonnes, String occurredAt) {
        StringBuilder body = new StringBuilder("{\"to\":\"" + to + "\",\"actor\":\"actor of " + to + "\"");
        if (receivedTonnes != null) {
            body.append(",\"receivedTonnes\":").append(receivedTonnes);
        }
        if (occurredAt != null) {
            body.append(",\"occurredAt\":\"").append(occurredAt).append('"');
        }
        return given().contentType(ContentType.JSON).body(body.append('}').toString())
                .post("/api/waste/manifests/" + number + "/transitions").then();
    }

    /** Tonnes a receipt of the 100 t shipped reports, for the state it leads to. */
    private static String receivedFor(ManifestState from, ManifestState to) {
        if (from != ManifestState.IN_TRANSIT) {
            return null;
        }
        return to == ManifestState.DISCREPANCY ? "80" : "100";
    }

    private static final Map<ManifestState, List<ManifestState>> PATHS = new EnumMap<>(Map.of(
            ManifestState.DRAFT, List.of(),
            ManifestState.SUBMITTED, List.of(ManifestState.SUBMITTED),
            ManifestState.IN_TRANSIT, List.of(ManifestState.SUBMITTED, ManifestState.IN_TRANSIT),
            ManifestState.RECEIVED, List.of(ManifestState.SUBMITTED, ManifestState.IN_TRANSIT, ManifestState.RECEIVED),
            ManifestState.CLOSED, List.of(ManifestState.SUBMITTED, ManifestState.IN_TRANSIT, ManifestState.RECEIVED, ManifestState.CLOSED),
            ManifestState.CANCELLED, List.of(ManifestState.CANCELLED),
            ManifestState.DISCREPANCY, List.of(ManifestState.SUBMITTED, ManifestState.IN_TRANSIT, ManifestState.DISCREPANCY),
            ManifestState.REJECTED, List.of(ManifestState.SUBMITTED, ManifestState.IN_TRANSIT, ManifestState.DISCREPANCY,
                    ManifestState.REJECTED)));

    private static String walk(List<ManifestState> path) {
        String number = create(null);
        ManifestState from = ManifestState.DRAFT;
        for (ManifestState to : path) {
            move(number, to, receivedFor(from, to), null).statusCode(200).body("state", equalTo(to.name()));
            from = to;
        }
        return number;
    }

    @Test
    void everyLegalTransitionIsWalkedAndKeptWithItsActorAndTime() {
        List<List<ManifestState>> paths = List.of(
                PATHS.get(ManifestState.CLOSED),
                List.of(ManifestState.SUBMITTED, ManifestState.IN_TRANSIT, ManifestState.DISCREPANCY, ManifestState.RECEIVED,
                        ManifestState.CLOSED),
                PATHS.get(ManifestState.REJECTED),
                PATHS.get(ManifestState.CANCELLED),
                List.of(ManifestState.SUBMITTED, ManifestState.CANCELLED));
        List<String> walked = new ArrayList<>();
        for (List<ManifestState> path : paths) {
            String number = walk(path);
            JsonPath manifest = given().get("/api/waste/manifests/" + number).then().statusCode(200)
                    .body("transitions", hasSize(path.size() + 1))
                    .body("allowedNext", hasSize(0))
                    .extract().jsonPath();
            ManifestState from = null;
            for (int i = 0; i < path.size(); i++) {
                ManifestState to = path.get(i);
                walked.add((i == 0 ? "DRAFT" : path.get(i - 1).name()) + ">" + to);
                assertEquals(i == 0 ? "DRAFT" : path.get(i - 1).name(), manifest.getString("transitions[" + (i + 1) + "].from"));
                assertEquals("actor of " + to, manifest.getString("transitions[" + (i + 1) + "].actor"));
                assertTrue(manifest.getString("transitions[" + (i + 1) + "].occurredAt").endsWith("+08:00"));
                assertTrue(manifest.getString("transitions[" + (i + 1) + "].recordedAt").endsWith("+08:00"));
            }
            assertEquals("移出人 张三", manifest.getString("transitions[0].actor"));
            var events = new Outbox(entityManager).withKey(EventType.WASTE_MANIFEST_CHANGED, number);
            assertEquals(path.size() + 1, events.size(), "one event for the draft and one for each transition");
            assertEquals(List.of(), Outbox.violations(events));
        }
        assertEquals(LEGAL, Set.copyOf(walked), "the paths cover every legal move");
    }

    @Test
    void everyIllegalTransitionAnswers409AndChangesNothing() {
        Outbox outbox = new Outbox(entityManager);
        int refused = 0;
        for (ManifestState state : ManifestState.values()) {
            String number = walk(PATHS.get(state));
            int transitions = given().get("/api/waste/manifests/" + number).then().extract().jsonPath().getList("transitions").size();
            int events = outbox.withKey(EventType.WASTE_MANIFEST_CHANGED, number).size();
            for (ManifestState to : ManifestState.values()) {
                if (LEGAL.contains(state + ">" + to)) {
                    continue;
                }
                move(number, to, "100", null).statusCode(409).contentType("application/problem+json")
                        .body("title", equalTo("Conflict")).body("detail", not(emptyOrNullString()));
                refused++;
            }
            given().get("/api/waste/manifests/" + number).then().body("state", equalTo(state.name()))
                    .body("transitions", hasSize(transitions));
            assertEquals(events, outbox.withKey(EventType.WASTE_MANIFEST_CHANGED, number).size(), state + ": no event");
        }
        assertEquals(64 - LEGAL.size(), refused);
        String cancelled = walk(PATHS.get(ManifestState.IN_TRANSIT));
        move(cancelled, ManifestState.CANCELLED, null, null).statusCode(409).body("detail", containsString("before pickup"));
    }

    @Test
    void aTransitionWithoutAnActorIsRefusedAndChangesNothing() {
        String number = create(null);
        given().contentType(ContentType.JSON).body("{\"to\":\"SUBMITTED\"}")
                .post("/api/waste/manifests/" + number + "/transitions")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("actor"));
        given().get("/api/waste/manifests/" + number).then().body("state", equalTo("DRAFT")).body("transitions", hasSize(1));
    }

    @Test
    void aReceiptMustAgreeWithTheShippedQuantityAtTheFivePercentEdge() {
        String exactlyFive = walk(PATHS.get(ManifestState.IN_TRANSIT));
        move(exactlyFive, ManifestState.DISCREPANCY, "105", null).statusCode(409).body("detail", containsString("within tolerance"));
        move(exactlyFive, ManifestState.RECEIVED, "105", null).statusCode(200).body("receivedTonnes", equalTo(105));
        given().queryParam("subjectId", exactlyFive).get("/api/waste/alerts").then().body("items", hasSize(0));

        String over = walk(PATHS.get(ManifestState.IN_TRANSIT));
        move(over, ManifestState.RECEIVED, "105.01", null).statusCode(409).body("detail", containsString("record a DISCREPANCY"));
        given().get("/api/waste/manifests/" + over).then().body("state", equalTo("IN_TRANSIT"));
        move(over, ManifestState.DISCREPANCY, "105.01", null).statusCode(200);
        String alertId = "waste:QUANTITY_DISCREPANCY:" + over;
        given().queryParam("subjectId", over).get("/api/waste/alerts").then()
                .body("items", hasSize(1))
                .body("items[0].alertId", equalTo(alertId))
                .body("items[0].state", equalTo("RAISED"))
                .body("items[0].value", equalTo(5.01f))
                .body("items[0].threshold", equalTo(5))
                .body("items[0].town", equalTo("长安"));
        move(over, ManifestState.RECEIVED, null, null).statusCode(200).body("receivedTonnes", equalTo(105.01f));
        given().queryParam("subjectId", over).get("/api/waste/alerts").then()
                .body("items[0].state", equalTo("CLEARED")).body("items[0].message", containsString("accepted 105.01"));

        String under = walk(PATHS.get(ManifestState.IN_TRANSIT));
        move(under, ManifestState.DISCREPANCY, "94.99", null).statusCode(200);
        move(under, ManifestState.REJECTED, null, null).statusCode(200);

        List<ConsumerRecord<String, String>> alerts = new TopicProbe(bootstrapServers)
                .readKey(Topics.WASTE_ALERTS, alertId, 2, Duration.ofSeconds(20));
        assertEquals(List.of("RAISED", "CLEARED"), alerts.stream()
                .map(r -> JsonPath.from(r.value()).getString("state")).toList());
        alerts.forEach(r -> assertEquals(List.of(), EventContracts.violations(EventType.WASTE_ALERT.type(), r.value())));
    }

    @Test
    void aReceiptConfirmedAfterFiveWorkingDaysIsOverdue() {
        // Picked up on Friday 9 May 2025: the fifth working day after it is Friday 16 May
        String inTime = create("2025-05-08T09:00:00+08:00");
        String late = create("2025-05-08T09:00:00+08:00");
        for (String number : List.of(inTime, late)) {
            move(number, ManifestState.SUBMITTED, null, "2025-05-08T10:00:00+08:00").statusCode(200);
            move(number, ManifestState.IN_TRANSIT, null, "2025-05-09T10:00:00+08:00").statusCode(200)
                    .body("receiptDeadline", equalTo("2025-05-16"));
        }
        move(inTime, ManifestState.RECEIVED, "100", "2025-05-16T23:59:59+08:00").statusCode(200).body("overdue", equalTo(false));
        given().queryParam("subjectId", inTime).get("/api/waste/alerts").then().body("items", hasSize(0));

        move(late, ManifestState.RECEIVED, "100", "2025-05-19T08:00:00+08:00").statusCode(200).body("overdue", equalTo(true));
        given().queryParam("subjectId", late).queryParam("kind", "RECEIPT_OVERDUE").get("/api/waste/alerts").then()
                .body("items", hasSize(1))
                .body("items[0].state", equalTo("CLEARED"))
                .body("items[0].message", containsString("after the deadline 2025-05-16"));
        var raisedThenCleared = new Outbox(entityManager).withKey(EventType.WASTE_ALERT, "waste:RECEIPT_OVERDUE:" + late);
        assertEquals(2, raisedThenCleared.size(), "the late receipt is on record as raised, then cleared");
        var changes = new Outbox(entityManager).withKey(EventType.WASTE_MANIFEST_CHANGED, late);
        assertTrue(changes.get(changes.size() - 1).payload.contains("\"overdue\":true"));
    }

    @Test
    void theOverdueScanFlagsAManifestInTransitFromTheDayAfterTheDeadline() {
        // Picked up on Friday 6 June 2025: deadline Friday 13 June
        String number = create("2025-06-05T09:00:00+08:00");
        move(number, ManifestState.SUBMITTED, null, "2025-06-05T10:00:00+08:00").statusCode(200);
        move(number, ManifestState.IN_TRANSIT, null, "2025-06-06T16:00:00+08:00").statusCode(200);
        String alertId = "waste:RECEIPT_OVERDUE:" + number;

        manifests.flagOverdueReceipts(LocalDate.of(2025, 6, 13));
        given().get("/api/waste/manifests/" + number).then().body("overdue", equalTo(false));
        given().queryParam("subjectId", number).get("/api/waste/alerts").then().body("items", hasSize(0));

        manifests.flagOverdueReceipts(LocalDate.of(2025, 6, 14));
        given().get("/api/waste/manifests/" + number).then().body("overdue", equalTo(true)).body("state", equalTo("IN_TRANSIT"));
        given().queryParam("subjectId", number).get("/api/waste/alerts").then()
                .body("items[0].alertId", equalTo(alertId))
                .body("items[0].state", equalTo("RAISED"))
                .body("items[0].value", equalTo(5))
                .body("items[0].unit", equalTo("working days"));
        manifests.flagOverdueReceipts(LocalDate.of(2025, 6, 15));
        assertEquals(1, new Outbox(entityManager).withKey(EventType.WASTE_ALERT, alertId).size(), "raised once");

        move(number, ManifestState.RECEIVED, "100", "2025-06-16T09:00:00+08:00").statusCode(200).body("overdue", equalTo(true));
        given().queryParam("subjectId", number).get("/api/waste/alerts").then().body("items[0].state", equalTo("CLEARED"));
    }

    @Test
    void aManifestIsCheckedBeforeItIsStored() {
        given().contentType(ContentType.JSON).body("""
                {"manifestNumber":"2025441900","consigner":"某公司","consignerTown":"火星","carrier":"某运输",
                 "receiverFacilityId":"NOWHERE","wasteCategory":"HW42","wasteCode":"900-041-49","quantityTonnes":0,
                 "actor":"张三"}""")
                .post("/api/waste/manifests").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("manifestNumber", "consignerTown",
                        "wasteCategory", "quantityTonnes", "receiverFacilityId"));
        given().contentType(ContentType.JSON).body(manifest("20254419009990", null).replace("\"HW49\"", "\"HW08\""))
                .post("/api/waste/manifests").then().statusCode(400)
                .body("errors[0].field", equalTo("wasteCode")).body("errors[0].message", containsString("belongs to HW49"));
        given().contentType(ContentType.JSON).body(manifest("20254419009991", null).replace("\"HW49\"", "\"HW18\"")
                        .replace("900-041-49", "772-002-18"))
                .post("/api/waste/manifests").then().statusCode(400)
                .body("errors[0].field", equalTo("receiverFacilityId")).body("errors[0].message", containsString("not licensed for HW18"));
        given().get("/api/waste/manifests/20254419009990").then().statusCode(404);

        String number = create(null);
        given().contentType(ContentType.JSON).body(manifest(number, null)).post("/api/waste/manifests").then().statusCode(200);
        given().contentType(ContentType.JSON).body(manifest(number, null).replace("\"quantityTonnes\":100", "\"quantityTonnes\":99"))
                .post("/api/waste/manifests").then().statusCode(409);
        assertEquals(1, new Outbox(entityManager).withKey(EventType.WASTE_MANIFEST_CHANGED, number).size());
    }

    @Test
    void aTransitionRequestIsCheckedBeforeAnythingChanges() {
        String number = walk(PATHS.get(ManifestState.IN_TRANSIT));
        move(number, ManifestState.RECEIVED, null, null).statusCode(400).body("errors[0].field", equalTo("receivedTonnes"));
        move(number, ManifestState.RECEIVED, "-1", null).statusCode(400).body("errors[0].field", equalTo("receivedTonnes"));
        move(number, ManifestState.RECEIVED, "100", "2099-01-01T00:00:00+08:00").statusCode(400)
                .body("errors[0].field", equalTo("occurredAt"));
        move(number, ManifestState.RECEIVED, "100", "2020-01-01T00:00:00+08:00").statusCode(400)
                .body("errors[0].message", containsString("before the previous transition"));
        String draft = create(null);
        move(draft, ManifestState.SUBMITTED, "5", null).statusCode(400).body("errors[0].field", equalTo("receivedTonnes"));
        given().contentType(ContentType.JSON).body("{\"to\":\"FLYING\",\"actor\":\"x\"}")
                .post("/api/waste/manifests/" + draft + "/transitions").then().statusCode(400).body("errors[0].field", equalTo("to"));
        move("20259999999999", ManifestState.SUBMITTED, null, null).statusCode(404);
        given().get("/api/waste/manifests/" + number).then().body("state", equalTo("IN_TRANSIT"));
        given().get("/api/waste/manifests/" + draft).then().body("state", equalTo("DRAFT"));
    }

    @Test
    void theEventsOfAManifestReachTheBrokerInOrderAndKeepTheirContract() {
        String number = walk(PATHS.get(ManifestState.CLOSED));
        List<ConsumerRecord<String, String>> events = new TopicProbe(bootstrapServers)
                .readKey(Topics.WASTE_MANIFESTS, number, 5, Duration.ofSeconds(20));
        assertEquals(List.of("DRAFT", "SUBMITTED", "IN_TRANSIT", "RECEIVED", "CLOSED"),
                events.stream().map(r -> JsonPath.from(r.value()).getString("state")).toList());
        assertEquals(java.util.Arrays.asList(null, "DRAFT", "SUBMITTED", "IN_TRANSIT", "RECEIVED"),
                events.stream().map(r -> JsonPath.from(r.value()).getString("previousState")).toList());
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(EventType.WASTE_MANIFEST_CHANGED.type(), TopicProbe.header(event, "ce_type"));
            assertEquals(List.of(), EventContracts.violations(EventType.WASTE_MANIFEST_CHANGED.type(), event.value()));
        }
        given().queryParam("state", "CLOSED").queryParam("town", "长安").queryParam("limit", 1000).get("/api/waste/manifests")
                .then().statusCode(200).body("items.manifestNumber", org.hamcrest.Matchers.hasItem(number));
        given().queryParam("state", "FLYING").get("/api/waste/manifests").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
    }
}
