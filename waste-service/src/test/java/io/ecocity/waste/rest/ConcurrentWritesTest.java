package io.ecocity.waste.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventType;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.testing.ConcurrentRequests;
import io.ecocity.support.events.OutboxEvent;
import io.ecocity.waste.Outbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Twenty writers at the same moment against one facility, and twenty towns reporting the same month; real H2 and broker. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ConcurrentWritesTest {

    private static final int WRITERS = 20;
    private static final String CONSTRUCTION = "CONSTRUCTION_WASTE_RESOURCE_UTILISATION_RATE";

    @Inject
    EntityManager entityManager;

    private static String facility(String id, String licence) {
        return """
                {"facilityId":"%s","name":"%s 处置中心","town":"沙田","licenceNumber":"%s","kind":"DISPOSAL",
                 "annualCapacityTonnes":{"HW08":500}}""".formatted(id, id, licence);
    }

    @Test
    void ofTwentyUpdatesOfTheSameRevisionExactlyOneCommits() throws Exception {
        given().contentType(ContentType.JSON).body(facility("FC-RACE", "L-0")).post("/api/waste/facilities")
                .then().statusCode(201);
        String etag = given().get("/api/waste/facilities/FC-RACE").then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo("\"1\"");

        List<Response> responses = ConcurrentRequests.together(WRITERS, writer -> given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(facility("FC-RACE", "L-" + (writer + 1))).put("/api/waste/facilities/FC-RACE"));

        assertThat(responses.stream().filter(r -> r.statusCode() == 200).count()).as("one winner").isEqualTo(1);
        assertThat(responses).allSatisfy(r -> {
            assertThat(r.statusCode()).isIn(200, 409, 412);
            if (r.statusCode() != 200) {
                assertThat(r.contentType()).startsWith("application/problem+json");
            }
        });
        Response after = given().get("/api/waste/facilities/FC-RACE");
        assertThat(after.header("ETag")).isEqualTo("\"2\"");
        assertThat(after.jsonPath().getInt("revision")).isEqualTo(2);

        given().contentType(ContentType.JSON).header("If-Match", etag).body(facility("FC-RACE", "L-stale"))
                .put("/api/waste/facilities/FC-RACE").then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void twentyUpdatesWithoutIfMatchQueueAndEachCountsInTheRevision() throws Exception {
        given().contentType(ContentType.JSON).body(facility("FC-QUEUE", "Q-0")).post("/api/waste/facilities")
                .then().statusCode(201);

        List<Response> responses = ConcurrentRequests.together(WRITERS, writer -> given().contentType(ContentType.JSON)
                .body(facility("FC-QUEUE", "Q-" + (writer + 1))).put("/api/waste/facilities/FC-QUEUE"));

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body().asString()).isEqualTo(200));
        Response after = given().get("/api/waste/facilities/FC-QUEUE");
        assertThat(after.jsonPath().getInt("revision")).as("no lost increment").isEqualTo(1 + WRITERS);
        assertThat(after.header("ETag")).isEqualTo("\"" + (1 + WRITERS) + "\"");
    }

    /**
     * One town utilises all its construction waste, the other nineteen none: the city rate is 100 / (towns counted)
     * with that town, 0 without it, so only a figure over all twenty towns is 5.00 %.
     */
    @Test
    void theLastCityIndicatorOfTwentyConcurrentTownReportsCountsEveryTown() throws Exception {
        List<String> towns = given().get("/api/waste/towns").then().statusCode(200).extract().jsonPath().getList("$", String.class)
                .stream().filter(town -> !List.of("谢岗", "黄江").contains(town)).toList(); // others' tests count their events
        assertThat(towns.size()).isGreaterThanOrEqualTo(WRITERS);
        String month = "2012-07";

        List<Response> responses = ConcurrentRequests.together(WRITERS, writer -> given().contentType(ContentType.JSON).body(
                "[{\"town\":\"" + towns.get(writer) + "\",\"month\":\"" + month + "\",\"quantities\":{\"construction.generated\":1000,"
                        + "\"construction.resourceUtilised\":" + (writer == 0 ? 1000 : 0) + "}}]").post("/api/waste/reports"));

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body().asString()).isEqualTo(200));
        List<OutboxEvent> city = new Outbox(entityManager).withKey(EventType.WASTE_INDICATOR_UPDATED, "CITY:" + CONSTRUCTION)
                .stream().filter(e -> e.payload.contains("\"period\":\"" + month + "\"")).toList();
        assertThat(city).isNotEmpty();
        BigDecimal last = new ObjectMapper().readTree(city.get(city.size() - 1).payload).get("value").decimalValue();
        assertThat(last).isEqualByComparingTo("5.00");
        BigDecimal served = new BigDecimal(given().queryParam("period", month).get("/api/waste/indicators").then().statusCode(200)
                .extract().jsonPath().getString("indicators.find { it.code == '" + CONSTRUCTION + "' }.value"));
        assertThat(served).isEqualByComparingTo("5.00");
    }
}
