package io.ecocity.water.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.testing.ConcurrentRequests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Twenty writers at the same moment against one section, with and without If-Match; real H2 and broker. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ConcurrentSectionWritesTest {

    private static final int WRITERS = 20;

    @Test
    void ofTwentyUpdatesOfTheSameRevisionExactlyOneCommits() throws Exception {
        WaterTestClient.register("LOCK-RACE", "III", true);
        String etag = given().get("/api/water/sections/LOCK-RACE").then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo("\"1\"");

        List<Response> responses = ConcurrentRequests.together(WRITERS, writer -> given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(WaterTestClient.section("LOCK-RACE", "断面 " + writer, "RIVER", "III", true))
                .put("/api/water/sections/LOCK-RACE"));

        assertThat(responses.stream().filter(r -> r.statusCode() == 200).count()).as("one winner").isEqualTo(1);
        assertThat(responses).allSatisfy(r -> {
            assertThat(r.statusCode()).isIn(200, 409, 412);
            if (r.statusCode() != 200) {
                assertThat(r.contentType()).startsWith("application/problem+json");
            }
        });
        Response after = given().get("/api/water/sections/LOCK-RACE");
        assertThat(after.header("ETag")).isEqualTo("\"2\"");
        assertThat(after.jsonPath().getInt("revision")).isEqualTo(2);

        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(WaterTestClient.section("LOCK-RACE", "过时", "RIVER", "III", true))
                .put("/api/water/sections/LOCK-RACE").then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void twentyUpdatesWithoutIfMatchQueueAndEachCountsInTheRevision() throws Exception {
        WaterTestClient.register("LOCK-QUEUE", "III", true);

        List<Response> responses = ConcurrentRequests.together(WRITERS, writer -> given().contentType(ContentType.JSON)
                .body(WaterTestClient.section("LOCK-QUEUE", "断面 " + writer, "RIVER", "III", true))
                .put("/api/water/sections/LOCK-QUEUE"));

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body().asString()).isEqualTo(200));
        Response after = given().get("/api/water/sections/LOCK-QUEUE");
        assertThat(after.jsonPath().getInt("revision")).as("no lost increment").isEqualTo(1 + WRITERS);
        assertThat(after.header("ETag")).isEqualTo("\"" + (1 + WRITERS) + "\"");
    }
}
