package io.ecocity.air.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.ecocity.support.testing.ConcurrentRequests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Twenty writers at the same moment against one station, with and without If-Match, on the real H2 and broker: no
 * update is lost, and every station event carries a revision of its own, so the gateway's view (which keeps the
 * highest revision) ends with the station as it was last written.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ConcurrentStationWritesTest {

    private static final int WRITERS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String station(String id, String name) {
        return """
                {"stationId":"%s","name":"%s","town":"莞城","latitude":23.0205,"longitude":113.7518,
                 "kind":"NATIONAL","assessed":true}""".formatted(id, name);
    }

    @Test
    void ofTwentyUpdatesOfTheSameRevisionExactlyOneCommits() throws Exception {
        AirTestData.station("LOCK-ST-RACE", "莞城", "NATIONAL", true);
        String etag = given().get("/api/air/stations/LOCK-ST-RACE").then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo("\"1\"");

        List<Response> responses = ConcurrentRequests.together(WRITERS, writer -> given().contentType(ContentType.JSON)
                .header("If-Match", etag).body(station("LOCK-ST-RACE", "子站 " + writer))
                .put("/api/air/stations/LOCK-ST-RACE"));

        assertThat(responses.stream().filter(r -> r.statusCode() == 200).count()).as("one winner").isEqualTo(1);
        assertThat(responses).allSatisfy(r -> {
            assertThat(r.statusCode()).isIn(200, 409, 412);
            if (r.statusCode() != 200) {
                assertThat(r.contentType()).startsWith("application/problem+json");
            }
        });
        Response after = given().get("/api/air/stations/LOCK-ST-RACE");
        assertThat(after.header("ETag")).isEqualTo("\"2\"");
        assertThat(after.jsonPath().getInt("revision")).isEqualTo(2);
        String winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow()
                .jsonPath().getString("name");
        assertThat(after.jsonPath().getString("name")).as("the committed update is the one answered 200")
                .isEqualTo(winner);

        given().contentType(ContentType.JSON).header("If-Match", etag).body(station("LOCK-ST-RACE", "过时"))
                .put("/api/air/stations/LOCK-ST-RACE").then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"abc\"").body(station("LOCK-ST-RACE", "无效"))
                .put("/api/air/stations/LOCK-ST-RACE").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void twentyUpdatesWithoutIfMatchQueueAndEachEmitsARevisionOfItsOwn() throws Exception {
        AirTestData.station("LOCK-ST-QUEUE", "莞城", "NATIONAL", true);

        List<Response> responses = ConcurrentRequests.together(WRITERS, writer -> given().contentType(ContentType.JSON)
                .body(station("LOCK-ST-QUEUE", "子站 " + writer)).put("/api/air/stations/LOCK-ST-QUEUE"));

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body().asString()).isEqualTo(200));
        Response after = given().get("/api/air/stations/LOCK-ST-QUEUE");
        assertThat(after.jsonPath().getInt("revision")).as("no lost increment").isEqualTo(1 + WRITERS);
        assertThat(after.header("ETag")).isEqualTo("\"" + (1 + WRITERS) + "\"");

        List<ConsumerRecord<String, String>> events = new TopicProbe(bootstrapServers)
                .readKey(Topics.AIR_STATIONS, "LOCK-ST-QUEUE", 1 + WRITERS, Duration.ofSeconds(30));
        List<Integer> revisions = new ArrayList<>();
        for (ConsumerRecord<String, String> event : events) {
            revisions.add(JSON.readTree(event.value()).path("revision").asInt());
        }
        List<Integer> expected = new ArrayList<>();
        for (int revision = 1; revision <= 1 + WRITERS; revision++) {
            expected.add(revision);
        }
        assertThat(revisions).as("one event per revision, in order on the station's key").isEqualTo(expected);
        assertThat(JSON.readTree(events.get(events.size() - 1).value()).path("name").asText())
                .as("the last event states the station as it is").isEqualTo(after.jsonPath().getString("name"));
    }
}
