package io.ecocity.water.rest;

import static io.ecocity.water.rest.WaterTestClient.post;
import static io.ecocity.water.rest.WaterTestClient.register;
import static io.ecocity.water.rest.WaterTestClient.sample;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.water.service.AlertService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Section progress, missing-sample alerts and treatment work over REST into H2 (Kafka real, in the test JVM); nothing stubbed. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class TargetProgressResourceTest {

    @Inject
    AlertService alerts;

    @Test
    void aSectionOffItsTargetIsToldTheDissolvedOxygenMeanTheRestOfTheYearNeeds() {
        register("SISHENG", "III", true);
        post(sample("SISHENG", "2026-01-15T09:00:00+08:00", "DO 4.0", "NH3N 0.6"),
                sample("SISHENG", "2026-02-15T09:00:00+08:00", "DO 4.2", "NH3N 0.6"),
                sample("SISHENG", "2026-03-15T09:00:00+08:00", "DO 4.5", "NH3N 0.6"),
                sample("SISHENG", "2026-04-15T09:00:00+08:00", "DO 4.1", "NH3N 0.6"),
                sample("SISHENG", "2026-05-15T09:00:00+08:00", "DO 4.4", "NH3N 0.6"))
                .statusCode(200);
        // (5 × 12 − 21.2) ÷ 7 = 5.542857…, shown rounded up: a minimum must not be understated
        given().queryParam("asOf", "2026-05-31").get("/api/water/targets/2026/progress")
                .then().statusCode(200)
                .body("sections.find { it.sectionId == 'SISHENG' }.yearToDateClass", equalTo("IV"))
                .body("sections.find { it.sectionId == 'SISHENG' }.samplesRemaining", equalTo(7))
                .body("sections.find { it.sectionId == 'SISHENG' }.status", equalTo("AT_RISK"))
                .body("sections.find { it.sectionId == 'SISHENG' }.improvements[0].item", equalTo("DO"))
                .body("sections.find { it.sectionId == 'SISHENG' }.improvements[0].bound", equalTo("MINIMUM_MEAN"))
                .body("sections.find { it.sectionId == 'SISHENG' }.improvements[0].requiredMean", equalTo(5.543f))
                .body("indicators.find { it.scopeId == 'SISHENG' }.remainingAllowance", equalTo(5.543f))
                .body("indicators.find { it.scopeId == 'SISHENG' }.allowanceLabel", startsWith("DO mean ≥ 5.543 mg/L"))
                .body("indicators.find { it.scopeId == 'SISHENG' }.checkpoints.label", hasItem("2026-05"));
        given().queryParam("asOf", "2025-05-31").get("/api/water/targets/2026/progress")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void aSectionWithoutASampleByTheDeadlineIsAlertedUntilOneArrives() {
        register("QUIET", "III", true);
        alerts.checkMissingSamples(LocalDate.of(2026, 11, 21));
        given().queryParam("sectionId", "QUIET").queryParam("state", "RAISED").get("/api/water/alerts")
                .then().statusCode(200)
                .body("items.alertId", hasItem("water:SECTION_NO_SAMPLE:QUIET:2026-11"))
                .body("items.alertId", hasItem("water:SECTION_NO_SAMPLE:QUIET:2026-10"));
        post(sample("QUIET", "2026-11-21T09:00:00+08:00", "DO 7", "NH3N 0.2")).statusCode(200);
        given().queryParam("sectionId", "QUIET").queryParam("state", "CLEARED").get("/api/water/alerts")
                .then().statusCode(200).body("items.alertId", equalTo(java.util.List.of("water:SECTION_NO_SAMPLE:QUIET:2026-11")));
    }

    @Test
    void treatmentWorkCanPassAHundredPercent() {
        given().contentType(ContentType.JSON)
                .body("{\"plannedCount\":30,\"completedCount\":43,\"plannedCapacity\":1200,\"completedCapacity\":1500}")
                .put("/api/water/treatment-tasks/2026/沙田")
                .then().statusCode(200).body("countCompletionPercent", equalTo(143.3f))
                .body("capacityCompletionPercent", equalTo(125.0f));
        given().contentType(ContentType.JSON)
                .body("{\"plannedCount\":0,\"completedCount\":2,\"plannedCapacity\":0,\"completedCapacity\":50}")
                .put("/api/water/treatment-tasks/2026/麻涌").then().statusCode(200);
        given().queryParam("year", 2026).get("/api/water/treatment-tasks")
                .then().statusCode(200)
                .body("towns.find { it.town == '麻涌' }.countCompletionPercent", equalTo(null))
                .body("city.plannedCount", equalTo(30))
                .body("city.completedCount", equalTo(45))
                .body("city.countCompletionPercent", equalTo(150.0f));
        given().contentType(ContentType.JSON)
                .body("{\"plannedCount\":-1,\"completedCount\":2,\"plannedCapacity\":0,\"completedCapacity\":50}")
                .put("/api/water/treatment-tasks/2026/麻涌").then().statusCode(400);
    }
}
