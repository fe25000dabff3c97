package io.ecocity.waste.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.testing.ConcurrentRequests;
import io.ecocity.kafka.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Absurd input over HTTP and on waste.reports (real broker in the test JVM, H2); nothing is stubbed. Never a 5xx,
 * nothing stored, the consumer goes on.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class WasteHostileInputTest {

    private static final List<String> ABSURD = List.of("1e999999999", "-1e999999999", "1e-999999999", "1e30",
            "\"NaN\"", "\"abc\"", "[1]", "{\"t\":1}", "0.000000000000000000001");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void receiverIsLicensed() {
        given().contentType(ContentType.JSON).body("""
                {"facilityId":"HOSTILE-F","name":"麻涌危险废物处置中心","town":"麻涌","licenceNumber":"4419-0009",
                 "kind":"UTILISATION_AND_DISPOSAL","annualCapacityTonnes":{"HW49":100000}}""")
                .post("/api/waste/facilities").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private static String manifest(String number, String receiver, String quantity) {
        return """
                {"manifestNumber":"%s","consigner":"东莞某电子有限公司","consignerTown":"长安","carrier":"东莞某危货运输公司",
                 %s"wasteCategory":"HW49","wasteCode":"900-041-49","quantityTonnes":%s,
                 "actor":"移出人 张三"}""".formatted(number, receiver == null ? "" : "\"receiverFacilityId\":\"" + receiver + "\",",
                quantity);
    }

    private static io.restassured.response.ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e999999999", "1e-999999999", "1e30", "\"NaN\"", "\"abc\"", "[1]",
            "{\"t\":1}", "0.000000000000000000001"})
    void anAbsurdQuantityOfAManifestIsA400NamingItAndNothingIsStored(String quantity) {
        post("/api/waste/manifests", manifest("20254419990001", "HOSTILE-F", quantity)).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("quantityTonnes"))
                .body("detail", not(containsString("java"))).body("detail", not(containsString("ManifestRequest")));
        given().get("/api/waste/manifests/20254419990001").then().statusCode(404);
    }

    @Test
    void aManifestWithoutReceiverIsAValidationErrorNotA500() {
        post("/api/waste/manifests", manifest("20254419990002", null, "12.5")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.hasItem("receiverFacilityId"));
        given().get("/api/waste/manifests/20254419990002").then().statusCode(404);
    }

    @Test
    void absurdReportsAndTargetsAre400sNamingTheField() {
        for (String value : ABSURD) {
            post("/api/waste/reports", "[{\"town\":\"桥头\",\"month\":\"2017-01\",\"quantities\":{\"medical.generated\":"
                    + value + "}}]").statusCode(400).contentType("application/problem+json")
                    .body("detail", not(containsString("java"))).body("detail", not(containsString("`")));
            post("/api/waste/targets", "{\"year\":2023,\"indicatorCode\":\"CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE\","
                    + "\"targetValue\":" + value + ",\"setBy\":\"科\"}").statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("targetValue")).body("detail", not(containsString("java")));
        }
        given().get("/api/waste/reports/桥头/2017-01").then().statusCode(404);
        post("/api/waste/targets", "{\"year\":999999999,\"indicatorCode\":\"CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE\","
                + "\"targetValue\":60,\"setBy\":\"科\"}").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        post("/api/waste/targets", "{\"year\":20231231231231231231,\"targetValue\":60}").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("year"));
    }

    @Test
    void structurePeriodsAndQueryParametersAreBounded() {
        post("/api/waste/reports", "[".repeat(100) + "]".repeat(100)).statusCode(400).contentType("application/problem+json");
        post("/api/waste/manifests", manifest("20254419990003", "HOSTILE-F", "1" + "0".repeat(150))).statusCode(400)
                .contentType("application/problem+json");
        post("/api/waste/manifests", manifest("20254419990003", "HOSTILE-F", "1,\"quantityTonnes\":2")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("quantityTonnes"))
                .body("detail", equalTo("field 'quantityTonnes' is given twice"));
        post("/api/waste/manifests", manifest("20254419990003", "HOSTILE-F", "1").replace("东莞某电子有限公司",
                "x".repeat(1_100_000))).statusCode(400).contentType("application/problem+json");
        for (String query : List.of("from=-999999999-01-01&to=2020-01-01", "from=0001-01-01&to=9999-12-31",
                "period=99999", "period=0001")) {
            given().get("/api/waste/indicators?" + query).then().statusCode(400).contentType("application/problem+json");
            given().get("/api/waste/reports?" + query).then().statusCode(400).contentType("application/problem+json");
        }
        given().get("/api/waste/targets?year=999999999").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/waste/targets/progress?year=2023&asOf=+999999999-01-01").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/waste/facilities/HOSTILE-F/capacity?year=-999999999").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/waste/manifests?limit=0").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void twentyConcurrentRequestsOfOneManifestGiveOne201AndNineteen409() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bodies.add(manifest("20254419990100", "HOSTILE-F", String.valueOf(10 + i)));
        }
        ConcurrentRequests.assertOneCreatedOthersConflict(ConcurrentRequests.post("/api/waste/manifests", bodies), "/api/waste/manifests/20254419990100");
    }

    @Test
    void anAbsurdReportOnTheTopicIsDeadLetteredAndTheNextOneIsApplied() {
        TopicProbe probe = new TopicProbe(bootstrapServers);
        List<String> ids = new ArrayList<>();
        for (String value : List.of("1e999999999", "1e-999999999")) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            probe.send(Topics.WASTE_REPORTS, "石排", TopicProbe.cloudEventHeaders(id, EventType.WASTE_REPORT_SUBMITTED.type()),
                    "{\"town\":\"石排\",\"month\":\"2017-02\",\"quantities\":{\"medical.generated\":" + value + "}}");
        }
        probe.send(Topics.WASTE_REPORTS, "石排", TopicProbe.cloudEventHeaders(UUID.randomUUID().toString(),
                EventType.WASTE_REPORT_SUBMITTED.type()),
                "{\"town\":\"石排\",\"month\":\"2017-03\",\"quantities\":{\"medical.generated\":3,\"medical.disposed\":2}}");
        List<ConsumerRecord<String, String>> dead = probe.read(Topics.deadLetterTopicOf(Topics.WASTE_REPORTS),
                Duration.ofSeconds(30), seen -> seen.stream().filter(r -> ids.contains(TopicProbe.header(r, "ce_id"))).count() >= 2);
        List<String> reasons = dead.stream().filter(r -> ids.contains(TopicProbe.header(r, "ce_id")))
                .map(r -> TopicProbe.header(r, "dlq_reason")).toList();
        assertEquals(2, reasons.size(), reasons.toString());
        assertTrue(reasons.stream().allMatch(r -> r.contains("medical.generated")), reasons.toString());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/waste/reports/石排/2017-03").then().statusCode(200));
        given().get("/api/waste/reports/石排/2017-02").then().statusCode(404);
    }
}
