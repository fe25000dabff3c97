package io.ecocity.waste.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.events.EventType;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.events.OutboxEvent;
import io.ecocity.waste.Outbox;
import io.ecocity.waste.repository.MonthlyReportRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Monthly reports over REST into H2 and the outbox, with the real catalogue and calculator; nothing stubbed. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ReportResourceTest {

    private static final String CONSTRUCTION = "CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE";

    @Inject
    MonthlyReportRepository reports;

    @Inject
    EntityManager entityManager;

    private long storedReports() {
        return QuarkusTransaction.requiringNew().call(() -> reports.count());
    }

    private static JsonPath post(String body, int status) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/waste/reports")
                .then().statusCode(status).extract().jsonPath();
    }

    @Test
    void aBatchIsStoredAndAnsweredItemByItem() {
        JsonPath answer = post("""
                [{"town":"企石","month":"2019-03","quantities":{"construction.generated":1000,"construction.resourceUtilised":420.5}},
                 {"town":"企石","month":"2019-04","quantities":{"household.collected":2000,"household.landfilled":150}}]""", 200);
        assertEquals(List.of("CREATED", "CREATED"), answer.getList("items.outcome"));
        assertEquals(List.of(1, 1), answer.getList("items.revision"));
        assertEquals(List.of("2019-03", "2019-04"), answer.getList("items.month"));
        assertEquals(List.of("construction"), answer.getList("items[0].streams"));

        given().get("/api/waste/reports/企石/2019-03").then().statusCode(200)
                .body("revision", equalTo(1))
                .body("lastSource", equalTo("api"))
                .body("quantities.size()", equalTo(2))
                .body("createdAt", containsString("+08:00"));
        assertEquals(new BigDecimal("420.5"), given().get("/api/waste/reports/企石/2019-03").then().extract()
                .jsonPath().getObject("quantities.'construction.resourceUtilised'", BigDecimal.class));
    }

    @Test
    void everyBadItemIsNamedAndNothingOfTheBatchIsStored() {
        long before = storedReports();
        String nextMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(1).toString();
        JsonPath problem = given().contentType(ContentType.JSON).body("""
                [{"town":"桥头","month":"2019-05","quantities":{"medical.generated":3,"medical.disposed":3}},
                 {"town":"桥头","month":"2019-06","quantities":{"medical.generated":-1}},
                 {"town":"桥头","month":"2019-06","quantities":{"construction.generated":10,"construction.resourceUtilised":10.5}},
                 {"town":"火星","month":"2019-06","quantities":{"medical.generated":1}},
                 {"town":"桥头","month":"2019-07","quantities":{"nuclear.generated":1}},
                 {"town":"桥头","month":"2019-07","quantities":{"household.colected":1}},
                 {"town":"桥头","month":"%s","quantities":{"medical.generated":1}},
                 {"town":"桥头","month":"2019-13","quantities":{"medical.generated":1}},
                 {"town":"桥头","month":"2019-08","quantities":{"medical.generated":1.0000001}},
                 {"town":"桥头","month":"2019-08","quantities":{}},
                 {"town":"桥头","month":"2019-09","quantities":{"medical.generated":null}},
                 {"town":"桥头","month":"2019-05","quantities":{"medical.disposed":2}},
                 {"month":"2019-10","quantities":{"industrialSolid.generated":100,"industrialSolid.utilised":130,"industrialSolid.utilisedFromStorage":20}}
                ]""".formatted(nextMonth))
                .when().post("/api/waste/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Invalid input"))
                .body("detail", containsString("nothing was stored"))
                .extract().jsonPath();
        Map<Integer, List<String>> fieldsByIndex = problem.getList("errors", Map.class).stream()
                .collect(Collectors.groupingBy(e -> (Integer) e.get("index"), Collectors.mapping(e -> (String) e.get("field"), Collectors.toList())));
        assertEquals(Map.ofEntries(
                Map.entry(1, List.of("quantities.medical.generated")),
                Map.entry(2, List.of("quantities.construction.resourceUtilised")),
                Map.entry(3, List.of("town")),
                Map.entry(4, List.of("quantities.nuclear.generated")),
                Map.entry(5, List.of("quantities.household.colected")),
                Map.entry(6, List.of("month")),
                Map.entry(7, List.of("month")),
                Map.entry(8, List.of("quantities.medical.generated")),
                Map.entry(9, List.of("quantities")),
                Map.entry(10, List.of("quantities.medical.generated")),
                Map.entry(11, List.of("quantities.medical")),
                Map.entry(12, List.of("town", "quantities.industrialSolid.utilised"))), fieldsByIndex,
                "item 0 is good; every other item is named with what is wrong with it");
        List<String> messages = problem.getList("errors.message");
        assertTrue(messages.stream().anyMatch(m -> m.contains("no stream 'nuclear'")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("more construction waste utilised than generated")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("duplicate: report 0")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("has not begun")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains("6 decimal places")), messages::toString);

        assertEquals(before, storedReports(), "nothing of the batch was stored, not even the good item");
        given().get("/api/waste/reports/桥头/2019-05").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aQuantityGivenTwiceInOneReportIsRefused() {
        given().contentType(ContentType.JSON)
                .body("[{\"town\":\"桥头\",\"month\":\"2019-11\",\"quantities\":{\"medical.generated\":1,\"medical.generated\":2}}]")
                .when().post("/api/waste/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("field 'medical.generated' is given twice"))
                .body("errors[0].field", equalTo("[0].quantities"));
        given().contentType(ContentType.JSON)
                .body("[{\"town\":\"桥头\",\"month\":\"2019-11\",\"quantities\":{\"medical.generated\":\"12\"}}]")
                .when().post("/api/waste/reports")
                .then().statusCode(400).body("detail", equalTo("quantity 'medical.generated' must be a number of tonnes"));
        given().get("/api/waste/reports/桥头/2019-11").then().statusCode(404);
    }

    @Test
    void anUnknownFieldOrAnEmptyBatchIsRefused() {
        given().contentType(ContentType.JSON).body("[{\"town\":\"桥头\",\"month\":\"2019-11\",\"colour\":\"red\",\"quantities\":{}}]")
                .post("/api/waste/reports").then().statusCode(400).body("detail", equalTo("unknown field 'colour'"));
        given().contentType(ContentType.JSON).body("[]").post("/api/waste/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("reports"));
    }

    @Test
    void aCorrectionReplacesItsStreamRecomputesAndAnnouncesTheNewValue() {
        Outbox outbox = new Outbox(entityManager);
        String key = "TOWN:谢岗:" + CONSTRUCTION;
        post("[{\"town\":\"谢岗\",\"month\":\"2019-02\",\"quantities\":{\"construction.generated\":1000,\"construction.resourceUtilised\":400}}]", 200);
        given().queryParam("town", "谢岗").queryParam("period", "2019-02").get("/api/waste/indicators").then().statusCode(200)
                .body("indicators.find { it.code == '" + CONSTRUCTION + "' }.value", equalTo(40.00f));
        List<OutboxEvent> first = outbox.withKey(EventType.WASTE_INDICATOR_UPDATED, key);
        assertEquals(List.of("2019-02", "2019-Q1", "2019"), periodsOf(first), "the month, its quarter and its year");

        JsonPath corrected = post("[{\"town\":\"谢岗\",\"month\":\"2019-02\",\"quantities\":{\"construction.generated\":1000,\"construction.resourceUtilised\":500}}]", 200);
        assertEquals("UPDATED", corrected.getString("items[0].outcome"));
        assertEquals(2, corrected.getInt("items[0].revision"));
        given().queryParam("town", "谢岗").queryParam("period", "2019-02").get("/api/waste/indicators").then()
                .body("indicators.find { it.code == '" + CONSTRUCTION + "' }.value", equalTo(50.00f));
        List<OutboxEvent> afterCorrection = outbox.withKey(EventType.WASTE_INDICATOR_UPDATED, key);
        assertEquals(6, afterCorrection.size(), "each of the three periods announced again with its new value");
        assertTrue(afterCorrection.get(5).payload.contains("\"value\":50.00"), afterCorrection.get(5).payload);
        assertEquals(List.of(), Outbox.violations(afterCorrection));

        JsonPath same = post("[{\"town\":\"谢岗\",\"month\":\"2019-02\",\"quantities\":{\"construction.generated\":1000.000,\"construction.resourceUtilised\":500}}]", 200);
        assertEquals("UNCHANGED", same.getString("items[0].outcome"));
        assertEquals(0, same.getInt("indicatorEvents"));
        assertEquals(6, outbox.withKey(EventType.WASTE_INDICATOR_UPDATED, key).size(), "the same figures again announce nothing");

        post("[{\"town\":\"谢岗\",\"month\":\"2019-02\",\"quantities\":{\"medical.generated\":5,\"medical.disposed\":5}}]", 200);
        given().get("/api/waste/reports/谢岗/2019-02").then()
                .body("revision", equalTo(3))
                .body("quantities.keySet()", containsInAnyOrder("construction.generated", "construction.resourceUtilised",
                        "medical.generated", "medical.disposed"));
        assertEquals(6, outbox.withKey(EventType.WASTE_INDICATOR_UPDATED, key).size(), "another stream leaves construction alone");

        post("[{\"town\":\"谢岗\",\"month\":\"2019-02\",\"quantities\":{\"construction.generated\":800}}]", 200);
        given().get("/api/waste/reports/谢岗/2019-02").then()
                .body("quantities.keySet()", containsInAnyOrder("construction.generated", "medical.generated", "medical.disposed"));
        given().queryParam("town", "谢岗").queryParam("period", "2019-02").get("/api/waste/indicators").then()
                .body("indicators.find { it.code == '" + CONSTRUCTION + "' }.value", equalTo(null))
                .body("indicators.find { it.code == '" + CONSTRUCTION + "' }.absenceReason", equalTo("NO_DATA"));
    }

    private static List<String> periodsOf(List<OutboxEvent> events) {
        return events.stream().map(e -> JsonPath.from(e.payload).getString("period")).toList();
    }

    @Test
    void storedReportsAreListedByMonthAndTownWithACursor() {
        post("""
                [{"town":"东坑","month":"2019-09","quantities":{"hazardous.generated":5}},
                 {"town":"东城","month":"2019-09","quantities":{"hazardous.generated":6}},
                 {"town":"东坑","month":"2019-10","quantities":{"hazardous.generated":7}}]""", 200);
        JsonPath firstPage = given().queryParam("period", "2019").queryParam("town", "东坑").queryParam("limit", 1)
                .get("/api/waste/reports").then().statusCode(200).body("items", hasSize(1))
                .body("nextCursor", notNullValue()).extract().jsonPath();
        assertEquals("2019-09", firstPage.getString("items[0].month"));
        given().queryParam("period", "2019").queryParam("town", "东坑").queryParam("limit", 1)
                .queryParam("cursor", firstPage.getString("nextCursor")).get("/api/waste/reports").then().statusCode(200)
                .body("items.month", org.hamcrest.Matchers.contains("2019-10"))
                .body("nextCursor", org.hamcrest.Matchers.nullValue());
        given().queryParam("from", "2019-09-01").queryParam("to", "2019-10-31").queryParam("limit", 2)
                .get("/api/waste/reports").then().statusCode(200)
                .body("items.town", org.hamcrest.Matchers.hasItems("东坑", "东城"));
        given().queryParam("cursor", "not-a-cursor!").get("/api/waste/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().get("/api/waste/reports/东坑/2019-1x").then().statusCode(400);
    }
}
