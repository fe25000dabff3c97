package io.ecocity.waste.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecocity.events.EventType;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.waste.Outbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Facilities and their capacity over REST into H2, fed by real manifest receipts; alerts into the outbox. Nothing stubbed. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class FacilityResourceTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Inject
    EntityManager entityManager;

    private static String facility(String id, String capacities) {
        return """
                {"facilityId":"%s","name":"%s 处置中心","town":"沙田","licenceNumber":"4419-%s","kind":"DISPOSAL",
                 "annualCapacityTonnes":{%s}}""".formatted(id, id, id, capacities);
    }

    /** A manifest of {@code tonnes} to the facility, taken through to RECEIVED today. */
    private static String receive(String facilityId, String category, String code, String tonnes) {
        String number = "2024441900" + String.format("%04d", SERIAL.incrementAndGet());
        given().contentType(ContentType.JSON).body("""
                {"manifestNumber":"%s","consigner":"某厂","consignerTown":"沙田","carrier":"某运输","receiverFacilityId":"%s",
                 "wasteCategory":"%s","wasteCode":"%s","quantityTonnes":%s,"actor":"移出人"}"""
                .formatted(number, facilityId, category, code, tonnes)).post("/api/waste/manifests").then().statusCode(201);
        for (String to : List.of("SUBMITTED", "IN_TRANSIT")) {
            given().contentType(ContentType.JSON).body("{\"to\":\"" + to + "\",\"actor\":\"x\"}")
                    .post("/api/waste/manifests/" + number + "/transitions").then().statusCode(200);
        }
        given().contentType(ContentType.JSON).body("{\"to\":\"RECEIVED\",\"actor\":\"接受人\",\"receivedTonnes\":" + tonnes + "}")
                .post("/api/waste/manifests/" + number + "/transitions").then().statusCode(200);
        return number;
    }

    @Test
    void aFacilityIsRegisteredOnceAndCheckedFieldByField() {
        given().contentType(ContentType.JSON).body(facility("FC-REG", "\"HW08\":500")).post("/api/waste/facilities")
                .then().statusCode(201).body("annualCapacityTonnes.HW08", equalTo(500)).body("revision", equalTo(1));
        given().contentType(ContentType.JSON).body(facility("FC-REG", "\"HW08\":500.000")).post("/api/waste/facilities")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(facility("FC-REG", "\"HW08\":600")).post("/api/waste/facilities")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body(facility("FC-BAD", "\"HW99\":5,\"HW08\":-1,\"HW44\":3").replace("沙田", "火星"))
                .post("/api/waste/facilities").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("town", "annualCapacityTonnes.HW99",
                        "annualCapacityTonnes.HW08", "annualCapacityTonnes.HW44"));
        given().contentType(ContentType.JSON).body("{\"facilityId\":\"bad id!\",\"kind\":\"DISPOSAL\"}").post("/api/waste/facilities")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("facilityId", "name", "town",
                        "licenceNumber", "annualCapacityTonnes"));
        given().get("/api/waste/facilities/FC-BAD").then().statusCode(404);
        given().queryParam("limit", 1000).get("/api/waste/facilities").then().statusCode(200)
                .body("items.facilityId", org.hamcrest.Matchers.hasItem("FC-REG"));
    }

    @Test
    void theCapacityAlertIsRaisedAtExactlyNinetyPercentAndClearedByALargerPermit() {
        given().contentType(ContentType.JSON).body(facility("FC-90", "\"HW08\":100,\"HW49\":50")).post("/api/waste/facilities")
                .then().statusCode(201);
        receive("FC-90", "HW08", "900-249-08", "89.99");
        given().get("/api/waste/facilities/FC-90/capacity").then().statusCode(200)
                .body("find { it.category == 'HW08' }.receivedTonnes", equalTo(89.99f))
                .body("find { it.category == 'HW08' }.usedSharePercent", equalTo(89.99f))
                .body("find { it.category == 'HW08' }.alert", equalTo(false));
        given().queryParam("subjectId", "FC-90").get("/api/waste/alerts").then().body("items", hasSize(0));

        receive("FC-90", "HW08", "900-249-08", "0.01");
        given().get("/api/waste/facilities/FC-90/capacity").then()
                .body("find { it.category == 'HW08' }.usedSharePercent", equalTo(90.00f))
                .body("find { it.category == 'HW08' }.alert", equalTo(true));
        given().queryParam("subjectId", "FC-90").get("/api/waste/alerts").then()
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("CAPACITY_NEAR_LIMIT"))
                .body("items[0].state", equalTo("RAISED"))
                .body("items[0].severity", equalTo("WARNING"))
                .body("items[0].town", equalTo("沙田"))
                .body("items[0].threshold", equalTo(90));
        String alertId = given().queryParam("subjectId", "FC-90").get("/api/waste/alerts").then().extract().path("items[0].alertId");

        given().contentType(ContentType.JSON).body(facility("FC-90", "\"HW08\":200,\"HW49\":50")).put("/api/waste/facilities/FC-90")
                .then().statusCode(200).body("revision", equalTo(2));
        given().queryParam("subjectId", "FC-90").get("/api/waste/alerts").then()
                .body("items[0].state", equalTo("CLEARED")).body("items[0].message", containsString("below the alert level"));
        var events = new Outbox(entityManager).withKey(EventType.WASTE_ALERT, alertId);
        assertEquals(2, events.size());
        assertEquals(List.of(), Outbox.violations(events));
    }

    @Test
    void tonnesAcceptedWithoutPermittedCapacityAreACriticalAlert() {
        given().contentType(ContentType.JSON).body(facility("FC-NONE", "\"HW08\":100,\"HW49\":50")).post("/api/waste/facilities")
                .then().statusCode(201);
        String number = "2024441900" + String.format("%04d", SERIAL.incrementAndGet());
        given().contentType(ContentType.JSON).body("""
                {"manifestNumber":"%s","consigner":"某厂","consignerTown":"沙田","carrier":"某运输","receiverFacilityId":"FC-NONE",
                 "wasteCategory":"HW49","wasteCode":"900-041-49","quantityTonnes":2,"actor":"移出人"}""".formatted(number))
                .post("/api/waste/manifests").then().statusCode(201);
        // the licence for HW49 is withdrawn while the waste is on its way
        given().contentType(ContentType.JSON).body(facility("FC-NONE", "\"HW08\":100")).put("/api/waste/facilities/FC-NONE")
                .then().statusCode(200);
        for (String to : List.of("SUBMITTED", "IN_TRANSIT")) {
            given().contentType(ContentType.JSON).body("{\"to\":\"" + to + "\",\"actor\":\"x\"}")
                    .post("/api/waste/manifests/" + number + "/transitions").then().statusCode(200);
        }
        given().contentType(ContentType.JSON).body("{\"to\":\"RECEIVED\",\"actor\":\"接受人\",\"receivedTonnes\":2}")
                .post("/api/waste/manifests/" + number + "/transitions").then().statusCode(200);
        given().queryParam("subjectId", "FC-NONE").queryParam("state", "RAISED").get("/api/waste/alerts").then()
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("NO_PERMITTED_CAPACITY"))
                .body("items[0].severity", equalTo("CRITICAL"))
                .body("items[0].message", containsString("HW49"));
        given().get("/api/waste/facilities/FC-NONE/capacity").then()
                .body("find { it.category == 'HW49' }.usedSharePercent", equalTo(null))
                .body("find { it.category == 'HW49' }.alert", equalTo(true));
    }
}
