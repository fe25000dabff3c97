package io.ecocity.air.rest.statistics;

import static io.ecocity.air.repository.statistics.DailyValueFixture.days;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.air.repository.statistics.DailyValueFixture;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.ecocity.support.testing.ConcurrentRequests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Twenty writers at the same moment against one year's city targets, with and without If-Match, on the real H2 and
 * broker: no setting is lost, each counts in the revision, and the progress events follow the revisions' order.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ConcurrentTargetWritesTest {

    private static final int WRITERS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DailyValueFixture fixture;

    private static String pm25(int value) {
        return "{\"pm25Mean\":" + value + "}";
    }

    @Test
    void ofTwentySettingsOfTheSameRevisionExactlyOneApplies() {
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(pm25(30))
                .put("/api/air/targets/2019/city").then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(pm25(30)).put("/api/air/targets/2019/city").then().statusCode(200)
                .header("ETag", "\"1\"");
        String etag = given().get("/api/air/targets/2019/city").then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo("\"1\"");

        List<Response> responses = together(writer -> given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(pm25(40 + writer)).put("/api/air/targets/2019/city"));

        assertThat(responses.stream().filter(r -> r.statusCode() == 200).count()).as("one winner").isEqualTo(1);
        assertThat(responses).allSatisfy(r -> {
            assertThat(r.statusCode()).as(r.body().asString()).isIn(200, 412);
            if (r.statusCode() == 412) {
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.jsonPath().getString("detail")).contains("revision 2");
            }
        });
        Response winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
        assertThat(winner.header("ETag")).isEqualTo("\"2\"");
        Response after = given().get("/api/air/targets/2019/city");
        assertThat(after.header("ETag")).isEqualTo("\"2\"");
        assertThat(after.jsonPath().getInt("pm25Mean")).as("the stored targets are the ones answered 200")
                .isEqualTo(winner.jsonPath().getInt("pm25Mean"));

        given().contentType(ContentType.JSON).header("If-Match", etag).body(pm25(31))
                .put("/api/air/targets/2019/city").then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"x1\"").body(pm25(31))
                .put("/api/air/targets/2019/city").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(pm25(31))
                .put("/api/air/targets/2019/city").then().statusCode(200).header("ETag", "\"3\"");
    }

    @Test
    void twentySettingsWithoutIfMatchQueueAndPublishInRevisionOrder() throws Exception {
        fixture.store(days("CITY", "CITY", LocalDate.parse("2017-01-01"), LocalDate.parse("2017-12-31"),
                row -> row.pm25 = new BigDecimal("33")));

        List<Response> responses = together(writer -> given().contentType(ContentType.JSON).body(pm25(20 + writer))
                .put("/api/air/targets/2017/city"));

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body().asString()).isEqualTo(200));
        Map<Integer, Integer> valueByRevision = new TreeMap<>();
        for (Response response : responses) {
            int revision = response.jsonPath().getInt("revision");
            assertThat(response.header("ETag")).isEqualTo("\"" + revision + "\"");
            assertThat(valueByRevision.put(revision, response.jsonPath().getInt("pm25Mean")))
                    .as("revision %d answered twice", revision).isNull();
        }
        assertThat(valueByRevision.keySet()).as("every setting counted").hasSize(WRITERS).first().isEqualTo(1);
        Response after = given().get("/api/air/targets/2017/city");
        assertThat(after.jsonPath().getInt("revision")).as("no lost increment").isEqualTo(WRITERS);
        assertThat(after.header("ETag")).isEqualTo("\"" + WRITERS + "\"");
        assertThat(after.jsonPath().getInt("pm25Mean")).isEqualTo(valueByRevision.get(WRITERS));

        List<ConsumerRecord<String, String>> events = new TopicProbe(bootstrapServers)
                .readKey(Topics.AIR_TARGETS, "2017:CITY:PM25_MEAN", WRITERS, Duration.ofSeconds(30));
        List<Integer> published = new ArrayList<>();
        for (ConsumerRecord<String, String> event : events) {
            published.add(JSON.readTree(event.value()).path("target").intValue());
        }
        assertThat(published).as("one progress event per revision, in revision order on the target's key")
                .isEqualTo(new ArrayList<>(valueByRevision.values()));
    }

    private static List<Response> together(java.util.function.IntFunction<Response> request) {
        try {
            return ConcurrentRequests.together(WRITERS, request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
