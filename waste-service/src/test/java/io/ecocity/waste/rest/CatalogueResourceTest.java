package io.ecocity.waste.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecocity.events.EventType;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.events.OutboxEvent;
import io.ecocity.waste.Outbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The indicator catalogue replaced through the API while the service runs (H2, the real calculator, events into the
 * outbox and a real Kafka broker in the test JVM); nothing is stubbed. Every test puts the shipped catalogue back.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class CatalogueResourceTest {

    private static final String CONSTRUCTION = "CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    /** The catalogue in force as a PUT body: its version and indicators. */
    private static ObjectNode currentDocument() throws Exception {
        ObjectNode current = (ObjectNode) JSON.readTree(given().get("/api/waste/catalogue").then().statusCode(200).extract().asString());
        ObjectNode document = JSON.createObjectNode();
        document.put("version", current.get("version").asText());
        document.set("indicators", current.get("indicators"));
        return document;
    }

    /** Security is off in the test profile; who may replace the catalogue is WasteSecurityTest's. */
    private static io.restassured.response.ValidatableResponse put(Object body) {
        return given().contentType(ContentType.JSON).body(body.toString()).when().put("/api/waste/catalogue").then();
    }

    private static BigDecimal townValue(String code, String period) {
        return IndicatorResourceTest.exact(given().queryParam("town", "黄江").queryParam("period", period).get("/api/waste/indicators")
                .then().statusCode(200).extract().asString())
                .getObject("indicators.find { it.code == '" + code + "' }.value", BigDecimal.class);
    }

    @Test
    void theShippedCatalogueIsInForceAndDescribesEachIndicator() {
        given().get("/api/waste/catalogue").then().statusCode(200)
                .body("version", equalTo("zero-waste-indicators-v1"))
                .body("installedBy", startsWith("shipped resource"))
                .body("indicators", hasSize(9))
                .body("indicators.find { it.code == '" + CONSTRUCTION + "' }.mandatory", equalTo(true))
                .body("indicators.find { it.code == '" + CONSTRUCTION + "' }.nameZh", equalTo("建筑垃圾资源化利用率"))
                .body("indicators.find { it.code == 'HOUSEHOLD_WASTE_LANDFILL_SHARE' }.direction", equalTo("LOWER_IS_BETTER"))
                .body("indicators.find { it.code == 'HOUSEHOLD_WASTE_LANDFILL_SHARE' }.verification", equalTo("UNVERIFIED"));
        given().get("/api/waste/quantities").then().statusCode(200).body("size()", equalTo(21))
                .body("find { it.key == 'household.collected' }.nameZh", equalTo("生活垃圾清运量"));
    }

    @Test
    void aBadCatalogueIsRefusedNamingEveryBadIndicatorAndTheOldOneStays() throws Exception {
        ObjectNode document = currentDocument();
        document.put("version", "bad-one");
        ArrayNode indicators = (ArrayNode) document.get("indicators");
        ((ObjectNode) indicators.get(0)).put("formula", "industrialSolid.utilised / (industrialSolid.generated");
        ((ObjectNode) indicators.get(1)).put("formula", "household.recyled / household.collected * 100");
        ((ObjectNode) indicators.get(2)).put("code", indicators.get(0).get("code").asText());
        ((ObjectNode) indicators.get(3)).put("direction", "UP");
        ((ObjectNode) indicators.get(4)).put("scale", 11);
        ((ObjectNode) indicators.get(5)).remove("nameZh");
        JsonPath problem = put(document).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("the catalogue in force is unchanged"))
                .extract().jsonPath();
        List<Map<String, Object>> errors = problem.getList("errors");
        assertEquals(List.of("0 formula", "1 formula", "2 code", "3 direction", "4 scale", "5 nameZh"),
                errors.stream().map(e -> e.get("index") + " " + e.get("field")).toList());
        assertTrue(((String) errors.get(0).get("message")).contains("position"), errors.toString());
        assertTrue(((String) errors.get(1).get("message")).contains("household.recyled"), errors.toString());
        given().get("/api/waste/catalogue").then().body("version", equalTo("zero-waste-indicators-v1"));
    }

    @Test
    void replacingTheCatalogueChangesWhatIsComputedWithoutARestart() throws Exception {
        given().contentType(ContentType.JSON)
                .body("[{\"town\":\"黄江\",\"month\":\"2017-04\",\"quantities\":{\"construction.generated\":1000,\"construction.resourceUtilised\":400}}]")
                .post("/api/waste/reports").then().statusCode(200);
        assertEquals(new BigDecimal("40.00"), townValue(CONSTRUCTION, "2017-04"));

        ObjectNode shipped = currentDocument();
        ObjectNode replacement = shipped.deepCopy();
        replacement.put("version", "test-2017-definitions");
        ArrayNode indicators = (ArrayNode) replacement.get("indicators");
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).get("code").asText().equals(CONSTRUCTION)) {
                // utilised against what was not utilised, to see the change: 400 / 600
                ((ObjectNode) indicators.get(i)).put("formula",
                        "construction.resourceUtilised / (construction.generated - construction.resourceUtilised) * 100");
            }
        }
        ObjectNode tonnes = ((ObjectNode) indicators.get(0)).deepCopy();
        tonnes.put("code", "CONSTRUCTION_WASTE_NOT_UTILISED");
        tonnes.put("nameZh", "建筑垃圾未利用量");
        tonnes.put("nameEn", "Construction waste not utilised");
        tonnes.put("formula", "construction.generated − construction.resourceUtilised");
        tonnes.put("unit", "t");
        tonnes.put("scale", 0);
        tonnes.put("direction", "LOWER_IS_BETTER");
        indicators.add(tonnes);
        try {
            put(replacement).statusCode(200)
                    .body("version", equalTo("test-2017-definitions"))
                    .body("change", equalTo("INSTALLED"))
                    .body("indicatorEvents", greaterThan(0));
            assertEquals(new BigDecimal("66.67"), townValue(CONSTRUCTION, "2017-04"));
            assertEquals(new BigDecimal("600"), townValue("CONSTRUCTION_WASTE_NOT_UTILISED", "2017-04"));
            given().queryParam("period", "2017-04").get("/api/waste/indicators").then()
                    .body("catalogueVersion", equalTo("test-2017-definitions")).body("indicators", hasSize(10));

            List<OutboxEvent> announced = new Outbox(entityManager).withKey(EventType.WASTE_INDICATOR_UPDATED, "TOWN:黄江:" + CONSTRUCTION);
            OutboxEvent last = announced.get(announced.size() - 1);
            assertTrue(last.payload.contains("\"catalogueVersion\":\"test-2017-definitions\"") && last.payload.contains("66.67"), last.payload);
            assertEquals(List.of(), Outbox.violations(announced));

            put(replacement).statusCode(200).body("change", equalTo("UNCHANGED")).body("indicatorEvents", equalTo(0));
            ((ObjectNode) indicators.get(0)).put("scale", 3);
            put(replacement).statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("give the new definitions a new version"));
            given().get("/api/waste/catalogue/versions").then().statusCode(200)
                    .body("find { it.current }.version", equalTo("test-2017-definitions"));
        } finally {
            put(shipped).statusCode(200).body("change", equalTo("REACTIVATED"));
        }
        assertEquals(new BigDecimal("40.00"), townValue(CONSTRUCTION, "2017-04"), "switched back, computed as before");
        given().get("/api/waste/catalogue").then().body("version", equalTo("zero-waste-indicators-v1"));
    }
}
