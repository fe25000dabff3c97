package io.ecocity.water.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.security.Roles;
import io.ecocity.support.testing.SecuredProfile;
import io.ecocity.support.testing.TestCallers;
import io.ecocity.support.testing.WriteSecurityContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** water-service with its security on, as in production: who may write what, on every write of its document. */
@QuarkusTest
@TestProfile(SecuredProfile.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class WaterSecurityTest {

    private static final String ADMIN = TestCallers.bearer(TestCallers.token(Roles.ADMIN));
    /** Ids and towns of this run, so that the test holds on a database that kept an earlier run's rows. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private static final String OWN = "SEC-W-OWN-" + RUN;
    private static final String OTHER = "SEC-W-OTHER-" + RUN;
    private static final String OTHER_TOWN = "虎门镇" + RUN;
    private static final String TREATMENT = "{\"plannedCount\":3,\"completedCount\":1,\"plannedCapacity\":100,\"completedCapacity\":20}";

    @Test
    void everyWriteOfTheDocumentAsksForItsRole() throws Exception {
        WriteSecurityContract.Outcome outcome = WriteSecurityContract.run(Set.of("POST /api/water/classify"));

        assertThat(outcome.violations()).isEmpty();
        // sections (register, update), samples, year targets, treatment work, dead-letter redrive (+ the public classify)
        assertThat(outcome.operations()).isEqualTo(7);
    }

    @Test
    void aTownSystemPostsSamplesOnlyForTheSectionsOfItsOwnTown() {
        register(OWN, TestCallers.TOWN);
        register(OTHER, OTHER_TOWN);
        String town = TestCallers.bearer(TestCallers.townToken(TestCallers.TOWN, Roles.INGEST_WATER));

        given().header("Authorization", town).contentType(ContentType.JSON)
                .body("[" + WaterTestClient.sample(OWN, "2025-05-06T09:00:00+08:00", "DO 6", "NH3N 0.5") + ","
                        + WaterTestClient.sample(OTHER, "2025-05-06T09:00:00+08:00", "DO 6") + "]")
                .post("/api/water/samples")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(OTHER));
        samplesOf(OWN, 0);
        samplesOf(OTHER, 0);

        given().header("Authorization", town).contentType(ContentType.JSON)
                .body("[" + WaterTestClient.sample(OWN, "2025-05-06T09:00:00+08:00", "DO 6", "NH3N 0.5") + "]")
                .post("/api/water/samples")
                .then().statusCode(200).body("created", equalTo(1));
        given().header("X-API-Key", TestCallers.townApiKey(Roles.INGEST_WATER)).contentType(ContentType.JSON)
                .body("[" + WaterTestClient.sample(OTHER, "2025-05-07T09:00:00+08:00", "DO 6") + "]")
                .post("/api/water/samples")
                .then().statusCode(403).contentType("application/problem+json");
        samplesOf(OTHER, 0);
        given().header("X-API-Key", TestCallers.apiKey(Roles.INGEST_WATER)).contentType(ContentType.JSON)
                .body("[" + WaterTestClient.sample(OTHER, "2025-05-07T09:00:00+08:00", "DO 6") + ","
                        + WaterTestClient.sample(OWN, "2025-05-07T09:00:00+08:00", "DO 6") + "]")
                .post("/api/water/samples")
                .then().statusCode(200).body("created", equalTo(2));

        samplesOf(OWN, 2);
        samplesOf(OTHER, 1);
    }

    @Test
    void aTownOfficeSetsOnlyItsOwnTownsTreatmentWork() {
        given().header("Authorization", TestCallers.bearer(TestCallers.townToken(TestCallers.TOWN, Roles.INGEST_WATER)))
                .contentType(ContentType.JSON).body(TREATMENT)
                .put("/api/water/treatment-tasks/2025/" + OTHER_TOWN)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(OTHER_TOWN));
        given().queryParam("year", 2025).get("/api/water/treatment-tasks")
                .then().statusCode(200).body("towns.town", not(hasItem(OTHER_TOWN)));

        given().header("Authorization", TestCallers.bearer(TestCallers.townToken(TestCallers.TOWN, Roles.INGEST_WATER)))
                .contentType(ContentType.JSON).body(TREATMENT)
                .put("/api/water/treatment-tasks/2025/" + TestCallers.TOWN)
                .then().statusCode(200).body("town", equalTo(TestCallers.TOWN));
        given().header("Authorization", TestCallers.bearer(TestCallers.token(Roles.INGEST_WATER)))
                .contentType(ContentType.JSON).body(TREATMENT)
                .put("/api/water/treatment-tasks/2025/" + OTHER_TOWN)
                .then().statusCode(200);
        given().queryParam("year", 2025).get("/api/water/treatment-tasks")
                .then().statusCode(200).body("towns.town", hasItem(OTHER_TOWN)).body("towns.town", hasItem(TestCallers.TOWN));
    }

    @Test
    void anIngestTokenCannotConfigureSectionsOrTargets() {
        String ingest = TestCallers.bearer(TestCallers.token(Roles.INGEST_WATER));
        given().header("Authorization", ingest).contentType(ContentType.JSON).body(section("SEC-W-NOPE", TestCallers.TOWN))
                .post("/api/water/sections")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/water/sections/SEC-W-NOPE").then().statusCode(404);

        given().header("Authorization", ingest).contentType(ContentType.JSON)
                .body("{\"goodSharePercentAtLeast\":70,\"worseThanVSectionsAllowed\":0}")
                .put("/api/water/targets/2019")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/water/targets/2019").then().statusCode(404);
    }

    @Test
    void readsAndTheClassifierStayOpen() {
        given().get("/api/water/sections").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"waterBodyType\":\"RIVER\",\"values\":{\"DO\":5.5,\"NH3N\":2.1},\"targetClass\":\"III\"}")
                .post("/api/water/classify")
                .then().statusCode(200);
    }

    private static void samplesOf(String sectionId, int count) {
        given().queryParam("period", "2025").get("/api/water/sections/" + sectionId + "/samples")
                .then().statusCode(200).body("items.size()", equalTo(count));
    }

    private static void register(String id, String town) {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(section(id, town))
                .post("/api/water/sections")
                .then().statusCode(201);
    }

    private static String section(String id, String town) {
        return """
                {"sectionId":"%s","name":"测试断面 %s","river":"东江南支流","waterBodyType":"RIVER","level":"MUNICIPAL",
                 "town":"%s","targetClass":"III","latitude":22.9170,"longitude":113.6150,"assessed":false}"""
                .formatted(id, id, town);
    }
}
