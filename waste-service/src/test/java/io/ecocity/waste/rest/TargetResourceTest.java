package io.ecocity.waste.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.ecocity.support.events.OutboxEvent;
import io.ecocity.waste.Outbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Yearly targets over REST, their progress computed from monthly figures in H2 and announced through the outbox
 * to a real Kafka broker (in the test JVM); nothing is stubbed. Uses 2020 only, a leap year.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class TargetResourceTest {

    private static final String CONSTRUCTION = "CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE";
    private static final String CITY_KEY = "2020:CITY:" + CONSTRUCTION;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    private static void report(String month, String generated, String utilised) {
        given().contentType(ContentType.JSON).body("[{\"town\":\"塘厦\",\"month\":\"" + month + "\",\"quantities\":"
                + "{\"construction.generated\":" + generated + ",\"construction.resourceUtilised\":" + utilised + "}}]")
                .post("/api/waste/reports").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse target(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/waste/targets").then();
    }

    private static JsonPath progress(String query) {
        return IndicatorResourceTest.exact(given().get("/api/waste/targets/progress?" + query).then().statusCode(200).extract().asString());
    }

    @Test
    void aTargetsProgressIsComputedAnnouncedAndFollowsNewFigures() {
        // January to April: 100 t generated each month, 50/55/60/65 t utilised → 230 / 400 = 57.5 % year to date
        report("2020-01", "100", "50");
        report("2020-02", "100", "55");
        report("2020-03", "100", "60");
        report("2020-04", "100", "65");
        Outbox outbox = new Outbox(entityManager);
        target("{\"year\":2020,\"indicatorCode\":\"" + CONSTRUCTION + "\",\"targetValue\":60,\"setBy\":\"固体废物科\"}")
                .statusCode(201).body("scope", equalTo("CITY")).body("targetValue", equalTo(60));
        target("{\"year\":2020,\"indicatorCode\":\"" + CONSTRUCTION + "\",\"targetValue\":60.0,\"setBy\":\"固体废物科\"}")
                .statusCode(200);
        List<OutboxEvent> announced = outbox.withKey(EventType.WASTE_TARGET_PROGRESS, CITY_KEY);
        assertEquals(1, announced.size(), "setting the same target again announces nothing");

        JsonPath april = progress("year=2020&asOf=2020-04-30&scope=CITY");
        String city = "find { it.indicatorCode == '" + CONSTRUCTION + "' }.";
        assertEquals(new BigDecimal("57.50"), april.getObject(city + "value", BigDecimal.class));
        assertEquals("AT_RISK", april.getString(city + "status"));
        assertEquals("≥ 60 %", april.getString(city + "targetLabel"));
        // 30 April 2020 is day 121 of 366: 400 t over 121 days projects 400 × 245 ÷ 121 for the rest;
        // (60 × (400 + 809.917355) − 100 × 230) ÷ 809.917355 = 61.2347
        assertEquals(new BigDecimal("809.917355"), april.getObject(city + "remaining.expectedRemainingDenominator", BigDecimal.class));
        assertEquals(new BigDecimal("61.23"), april.getObject(city + "remaining.requiredRate", BigDecimal.class));
        assertEquals(true, april.getBoolean(city + "remaining.achievable"));
        assertEquals(List.of("WEEK", "MONTH", "QUARTER"), april.getList(city + "checkpoints.period"));
        assertEquals(List.of("2020-W18", "2020-04", "2020-Q2"), april.getList(city + "checkpoints.label"));
        assertEquals(List.of("NO_DATA", "ON_PACE", "ON_PACE"), april.getList(city + "checkpoints.status"));
        assertEquals(new BigDecimal("65.00"), april.getObject(city + "checkpoints[1].value", BigDecimal.class));

        JsonPath march = progress("year=2020&asOf=2020-03-31&scope=CITY");
        // Q1 to date: 165 / 300 = 55 %, five points short: behind the pace
        assertEquals("BEHIND_PACE", march.getString(city + "checkpoints[2].status"));

        // announced as of 31 December: the figures still end with April, so the same projection
        String event = announced.get(0).payload;
        assertEquals(List.of(), EventContracts.violations(EventType.WASTE_TARGET_PROGRESS.type(), event));
        JsonPath payload = IndicatorResourceTest.exact(event);
        assertEquals("2020-12-31", payload.getString("asOf"));
        assertEquals("AT_RISK", payload.getString("status"));
        assertEquals(new BigDecimal("61.23"), payload.getObject("remainingAllowance", BigDecimal.class));
        assertTrue(payload.getString("allowanceLabel").contains("at least 61.23 %"), payload.getString("allowanceLabel"));
        assertEquals(List.of("2020-W53", "2020-12", "2020-Q4"), payload.getList("checkpoints.label"));
        assertNull(payload.getString("scopeId"));

        report("2020-05", "100", "90");
        List<OutboxEvent> afterMay = outbox.withKey(EventType.WASTE_TARGET_PROGRESS, CITY_KEY);
        assertEquals(2, afterMay.size(), "a report of the target's year announces its progress again");
        JsonPath may = IndicatorResourceTest.exact(afterMay.get(1).payload);
        // (230 + 90) / 500
        assertEquals(new BigDecimal("64.00"), may.getObject("value", BigDecimal.class));
        assertEquals("ON_TRACK", may.getString("status"));

        List<ConsumerRecord<String, String>> delivered = new TopicProbe(bootstrapServers)
                .readKey(Topics.WASTE_TARGETS, CITY_KEY, 2, Duration.ofSeconds(20));
        assertEquals(2, delivered.size());
        delivered.forEach(r -> assertEquals(List.of(), EventContracts.violations(EventType.WASTE_TARGET_PROGRESS.type(), r.value())));

        JsonPath indicators = IndicatorResourceTest.exact(given().queryParam("period", "2020-Q1").get("/api/waste/indicators")
                .then().statusCode(200).extract().asString());
        assertEquals(new BigDecimal("60"), indicators.getObject("indicators.find { it.code == '" + CONSTRUCTION + "' }.target", BigDecimal.class));
        assertEquals(false, indicators.getBoolean("indicators.find { it.code == '" + CONSTRUCTION + "' }.meetsTarget"));
    }

    @Test
    void aTownTargetAndATargetWithoutFiguresAreAssessedApart() {
        String landfill = "HOUSEHOLD_WASTE_LANDFILL_SHARE";
        // another town and stream than the city's construction target above, so the two tests do not meet
        given().contentType(ContentType.JSON).body("[{\"town\":\"凤岗\",\"month\":\"2020-07\",\"quantities\":"
                + "{\"household.collected\":1000,\"household.landfilled\":80}}]").post("/api/waste/reports").then().statusCode(200);
        target("{\"year\":2020,\"indicatorCode\":\"" + landfill + "\",\"town\":\"凤岗\",\"targetValue\":10,\"setBy\":\"凤岗镇\"}")
                .statusCode(201).body("scope", equalTo("TOWN")).body("town", equalTo("凤岗"));
        target("{\"year\":2020,\"indicatorCode\":\"STRAW_UTILISATION_RATE\",\"targetValue\":90,\"setBy\":\"农业科\"}").statusCode(201);

        JsonPath town = progress("year=2020&asOf=2020-07-31&town=凤岗");
        assertEquals(List.of("凤岗"), town.getList("town"));
        assertEquals(new BigDecimal("8.00"), town.getObject("[0].value", BigDecimal.class));
        assertEquals("≤ 10 %", town.getString("[0].targetLabel"));
        assertEquals("ON_TRACK", town.getString("[0].status"));

        JsonPath straw = progress("year=2020&asOf=2020-07-31&scope=CITY");
        assertEquals("NOT_ASSESSABLE", straw.getString("find { it.indicatorCode == 'STRAW_UTILISATION_RATE' }.status"));
        assertNull(straw.getString("find { it.indicatorCode == 'STRAW_UTILISATION_RATE' }.value"));
        assertEquals("NO_DATA", straw.getString("find { it.indicatorCode == 'STRAW_UTILISATION_RATE' }.absenceReason"));

        OutboxEvent townEvent = new Outbox(entityManager).withKey(EventType.WASTE_TARGET_PROGRESS, "2020:TOWN:凤岗:" + landfill).get(0);
        assertTrue(townEvent.payload.contains("\"scope\":\"TOWN\"") && townEvent.payload.contains("\"scopeId\":\"凤岗\""), townEvent.payload);
        assertTrue(townEvent.payload.contains("\"allowanceLabel\":\"the months not yet reported need at most"), townEvent.payload);
        OutboxEvent strawEvent = new Outbox(entityManager).withKey(EventType.WASTE_TARGET_PROGRESS, "2020:CITY:STRAW_UTILISATION_RATE").get(0);
        assertTrue(strawEvent.payload.contains("\"status\":\"NOT_ASSESSABLE\""), strawEvent.payload);
        assertEquals(List.of(), Outbox.violations(List.of(townEvent, strawEvent)));
        given().queryParam("year", 2020).get("/api/waste/targets").then().statusCode(200)
                .body("find { it.town == '凤岗' }.setBy", equalTo("凤岗镇"));
    }

    @Test
    void aBadTargetIsRefusedNamingEachField() {
        target("{\"year\":1999,\"indicatorCode\":\"NO_SUCH_RATE\",\"town\":\"火星\",\"targetValue\":1.0000001,\"setBy\":\" \"}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("year", "indicatorCode", "town", "targetValue", "setBy"))
                .body("errors[1].message", containsString(CONSTRUCTION));
        given().queryParam("year", 1999).get("/api/waste/targets").then().statusCode(200).body("", hasSize(0));
        given().get("/api/waste/targets/progress?year=2020&asOf=2021-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().get("/api/waste/targets/progress?year=2099").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }
}
