package io.ecocity.waste.rest;

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
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** waste-service with its security on, as in production: who may write what, on every write of its document. */
@QuarkusTest
@TestProfile(SecuredProfile.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
class WasteSecurityTest {

    private static final String ADMIN = TestCallers.bearer(TestCallers.token(Roles.ADMIN));
    /** A town of the service's list (TestCallers.TOWN is not one of Dongguan's waste towns). */
    private static final String OWN_TOWN = "南城";
    private static final String OTHER_TOWN = "东城";
    private static final String MONTH = "2015-07";
    private static final String CONSIGNER = "东莞某电子有限公司";
    private static final String CARRIER = "东莞某危货运输公司";
    private static final String FACILITY_X = "SEC-HW-X";
    private static final String FACILITY_Y = "SEC-HW-Y";
    /** Numbers and figures of this run, so that the test holds on a database that kept an earlier run's rows. */
    private static final long RUN = System.currentTimeMillis() / 1000 % 1_000_000;
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @BeforeEach
    void facilitiesAreLicensed() {
        for (String facility : List.of(FACILITY_X, FACILITY_Y)) {
            given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(facility(facility))
                    .post("/api/waste/facilities").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
    }

    @Test
    void everyWriteOfTheDocumentAsksForItsRole() throws Exception {
        WriteSecurityContract.Outcome outcome = WriteSecurityContract.run(Set.of());

        assertThat(outcome.violations()).isEmpty();
        // facilities (register, update), catalogue, reports, targets, manifests (create, transition), dead-letter redrive
        assertThat(outcome.operations()).isEqualTo(8);
    }

    @Test
    void aTownOfficeSubmitsOnlyItsOwnTownsReports() {
        String town = TestCallers.bearer(TestCallers.townToken(OWN_TOWN, Roles.INGEST_WASTE));
        String own = stored(OWN_TOWN);
        String other = stored(OTHER_TOWN);

        given().header("Authorization", town).contentType(ContentType.JSON)
                .body("[" + report(OWN_TOWN) + "," + report(OTHER_TOWN) + "]")
                .post("/api/waste/reports")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(OTHER_TOWN));
        assertThat(stored(OWN_TOWN)).isEqualTo(own);
        assertThat(stored(OTHER_TOWN)).isEqualTo(other);

        given().header("Authorization", town).contentType(ContentType.JSON)
                .body("[" + report(OWN_TOWN) + "]")
                .post("/api/waste/reports")
                .then().statusCode(200);
        given().header("Authorization", TestCallers.bearer(TestCallers.token(Roles.INGEST_WASTE))).contentType(ContentType.JSON)
                .body("[" + report(OTHER_TOWN) + "]")
                .post("/api/waste/reports")
                .then().statusCode(200);

        assertThat(stored(OWN_TOWN)).contains("\"household.collected\":" + collected());
        assertThat(stored(OTHER_TOWN)).contains("\"household.collected\":" + collected());
    }

    @Test
    void anIngestTokenCannotConfigure() {
        String ingest = TestCallers.bearer(TestCallers.token(Roles.INGEST_WASTE));
        given().header("Authorization", ingest).contentType(ContentType.JSON).body(facility("SEC-HW-NOPE"))
                .post("/api/waste/facilities")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/waste/facilities/SEC-HW-NOPE").then().statusCode(404);

        given().header("Authorization", ingest).contentType(ContentType.JSON)
                .body("{\"year\":2015,\"indicatorCode\":\"CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE\",\"targetValue\":60,"
                        + "\"setBy\":\"科\"}")
                .post("/api/waste/targets")
                .then().statusCode(403).contentType("application/problem+json");
        given().queryParam("year", 2015).get("/api/waste/targets").then().statusCode(200).body("size()", equalTo(0));

        given().header("Authorization", ingest).contentType(ContentType.JSON)
                .body("{\"version\":\"not-by-you\",\"indicators\":[]}")
                .put("/api/waste/catalogue")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/waste/catalogue/versions").then().statusCode(200).body("version", not(hasItem("not-by-you")));
    }

    @Test
    void anAdministratorSetsTargetsUnderItsOwnName() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"year\":2014,\"indicatorCode\":\"CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE\",\"targetValue\":60,"
                        + "\"setBy\":\"someone else\"}")
                .post("/api/waste/targets")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).body("setBy", equalTo("test-admin"));
    }

    @Test
    void theActorRecordedIsTheTokensSubjectWhateverTheBodySays() {
        String number = create(consigner(CONSIGNER), CONSIGNER, FACILITY_X);
        given().get("/api/waste/manifests/" + number).then().statusCode(200)
                .body("transitions[0].actor", equalTo("test-manifest-consigner"));

        move(consigner(CONSIGNER), number, "SUBMITTED", null).statusCode(200)
                .body("transitions[1].actor", equalTo("test-manifest-consigner"));
    }

    @Test
    void aConsignerActsOnlyForItsOwnOrganisation() {
        String other = consigner("东莞另一家制造有限公司");
        given().header("Authorization", other).contentType(ContentType.JSON).body(manifest("20244419990000", CONSIGNER, FACILITY_X))
                .post("/api/waste/manifests")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString(CONSIGNER));
        given().get("/api/waste/manifests/20244419990000").then().statusCode(404);

        String number = create(consigner(CONSIGNER), CONSIGNER, FACILITY_X);
        move(other, number, "SUBMITTED", null).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(CONSIGNER));
        move(other, number, "CANCELLED", null).statusCode(403);
        state(number, "DRAFT", 1);

        // a consigner without an organisation (the bureau entering a paper manifest) acts for every consigner
        move(TestCallers.bearer(TestCallers.token(Roles.MANIFEST_CONSIGNER)), number, "CANCELLED", null).statusCode(200);
        state(number, "CANCELLED", 2);
    }

    @Test
    void eachMoveIsMadeByItsPartyForItsOwnManifestsOnly() {
        String number = create(consigner(CONSIGNER), CONSIGNER, FACILITY_X);
        String carrier = party(Roles.MANIFEST_CARRIER, CARRIER);
        String receiverX = party(Roles.MANIFEST_RECEIVER, FACILITY_X);
        String receiverY = party(Roles.MANIFEST_RECEIVER, FACILITY_Y);

        // submitting is the consigner's move, not the carrier's
        move(carrier, number, "SUBMITTED", null).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(Roles.MANIFEST_CONSIGNER));
        move(consigner(CONSIGNER), number, "SUBMITTED", null).statusCode(200);

        // pickup is the carrier's: not the consigner's, not another carrier's
        move(consigner(CONSIGNER), number, "IN_TRANSIT", null).statusCode(403)
                .body("detail", containsString(Roles.MANIFEST_CARRIER));
        move(party(Roles.MANIFEST_CARRIER, "另一家运输公司"), number, "IN_TRANSIT", null).statusCode(403)
                .body("detail", containsString(CARRIER));
        state(number, "SUBMITTED", 2);
        move(carrier, number, "IN_TRANSIT", null).statusCode(200);

        // the receipt is the receiver's, at the facility the manifest is addressed to
        move(carrier, number, "RECEIVED", "100").statusCode(403).body("detail", containsString(Roles.MANIFEST_RECEIVER));
        move(receiverY, number, "RECEIVED", "100").statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(FACILITY_X));
        state(number, "IN_TRANSIT", 3);
        move(receiverX, number, "RECEIVED", "100").statusCode(200)
                .body("transitions[3].actor", equalTo("test-manifest-receiver"));

        // and so is closing
        move(consigner(CONSIGNER), number, "CLOSED", null).statusCode(403);
        move(receiverY, number, "CLOSED", null).statusCode(403);
        move(receiverX, number, "CLOSED", null).statusCode(200).body("state", equalTo("CLOSED"));
    }

    @Test
    void aMoveOutsideTheGraphIsStillAConflictAndAnUnknownManifestNotFound() {
        String number = create(consigner(CONSIGNER), CONSIGNER, FACILITY_X);
        move(party(Roles.MANIFEST_RECEIVER, FACILITY_X), number, "CLOSED", null).statusCode(409);
        move(consigner(CONSIGNER), "20244419999999", "SUBMITTED", null).statusCode(404);
        move(TestCallers.bearer(TestCallers.token(Roles.INGEST_WASTE)), number, "SUBMITTED", null).statusCode(403);
        state(number, "DRAFT", 1);
    }

    private static String consigner(String organisation) {
        return party(Roles.MANIFEST_CONSIGNER, organisation);
    }

    private static String party(String role, String organisation) {
        return TestCallers.bearer(TestCallers.token(TestCallers.claims(List.of(role)).organisation(organisation)));
    }

    private static String create(String authorization, String consigner, String facility) {
        String number = "202444" + String.format("%06d%02d", RUN, SERIAL.incrementAndGet());
        given().header("Authorization", authorization).contentType(ContentType.JSON).body(manifest(number, consigner, facility))
                .post("/api/waste/manifests")
                .then().statusCode(201).body("state", equalTo("DRAFT"));
        return number;
    }

    private static ValidatableResponse move(String authorization, String number, String to, String receivedTonnes) {
        String body = "{\"to\":\"" + to + "\",\"actor\":\"冒名顶替\""
                + (receivedTonnes == null ? "" : ",\"receivedTonnes\":" + receivedTonnes) + "}";
        return given().header("Authorization", authorization).contentType(ContentType.JSON).body(body)
                .post("/api/waste/manifests/" + number + "/transitions").then();
    }

    private static void state(String number, String state, int transitions) {
        given().get("/api/waste/manifests/" + number).then().statusCode(200)
                .body("state", equalTo(state)).body("transitions.size()", equalTo(transitions));
    }

    private static String manifest(String number, String consigner, String facility) {
        return """
                {"manifestNumber":"%s","consigner":"%s","consignerTown":"长安","carrier":"%s",
                 "receiverFacilityId":"%s","wasteCategory":"HW49","wasteCode":"900-041-49","quantityTonnes":100,
                 "actor":"冒名顶替"}""".formatted(number, consigner, CARRIER, facility);
    }

    private static String facility(String id) {
        return """
                {"facilityId":"%s","name":"测试处置中心 %s","town":"麻涌","licenceNumber":"4419-%s",
                 "kind":"UTILISATION_AND_DISPOSAL","annualCapacityTonnes":{"HW49":100000}}""".formatted(id, id, id);
    }

    /** A month's report of this run: its collected tonnes are the run's, so that a stored one shows. */
    private static String report(String town) {
        return "{\"town\":\"" + town + "\",\"month\":\"" + MONTH + "\",\"quantities\":{\"household.collected\":"
                + collected() + ",\"household.recycled\":500}}";
    }

    private static long collected() {
        return 20_001 + RUN * 10; // ending in 1, so that it reads back as written
    }

    /** The town's month as stored ("" when none): the status and body of its read. */
    private static String stored(String town) {
        var response = given().get("/api/waste/reports/" + town + "/" + MONTH).then().extract();
        return response.statusCode() == 404 ? "" : response.statusCode() + " " + response.asString();
    }
}
