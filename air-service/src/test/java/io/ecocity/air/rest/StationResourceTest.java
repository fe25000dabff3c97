package io.ecocity.air.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.air.repository.StationRepository;
import io.ecocity.events.EventContracts;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.ecocity.support.events.OutboxRelay;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Station registration over REST into H2 and out to a real Kafka broker (in the test JVM); nothing is stubbed. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class StationResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OutboxRelay relay;

    @Inject
    StationRepository stations;

    private static String station(String id, String town) {
        return """
                {"stationId":"%s","name":"莞城子站","town":"%s","latitude":23.0205,"longitude":113.7518,
                 "kind":"NATIONAL","assessed":true}""".formatted(id, town);
    }

    @Test
    void registeringAStationEmitsItsEventWithCloudEventsHeadersAndSchema() {
        given().contentType(ContentType.JSON).body(station("ST-EVENT-1", "莞城"))
                .when().post("/api/air/stations")
                .then().statusCode(201)
                .header("Location", endsWith("/api/air/stations/ST-EVENT-1"))
                .body("stationId", equalTo("ST-EVENT-1"))
                .body("revision", equalTo(1))
                .body("createdAt", startsWith(java.time.Year.now().toString().substring(0, 2)));

        List<ConsumerRecord<String, String>> events = new TopicProbe(bootstrapServers)
                .readKey(Topics.AIR_STATIONS, "ST-EVENT-1", 1, Duration.ofSeconds(15));
        assertEquals(1, events.size(), "one event for the new station");
        ConsumerRecord<String, String> event = events.get(0);
        assertEquals(EventType.AIR_STATION_REGISTERED.type(), TopicProbe.header(event, "ce_type"));
        assertEquals("1.0", TopicProbe.header(event, "ce_specversion"));
        assertEquals("/ecocity/air-service", TopicProbe.header(event, "ce_source"));
        assertTrue(TopicProbe.header(event, "ce_id").matches("[0-9a-f-]{36}"));
        assertTrue(TopicProbe.header(event, "ce_time").endsWith("Z"));
        assertEquals(List.of(), EventContracts.violations(EventType.AIR_STATION_REGISTERED.type(), event.value()));
    }

    @Test
    void registeringTheSameStationAgainIsASafeRetryAndOtherAttributesAConflict() {
        given().contentType(ContentType.JSON).body(station("ST-RETRY", "虎门")).post("/api/air/stations")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(station("ST-RETRY", "虎门")).post("/api/air/stations")
                .then().statusCode(200).body("revision", equalTo(1));
        given().contentType(ContentType.JSON).body(station("ST-RETRY", "沙田")).post("/api/air/stations")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));

        List<ConsumerRecord<String, String>> events = new TopicProbe(bootstrapServers)
                .readKey(Topics.AIR_STATIONS, "ST-RETRY", 2, Duration.ofSeconds(3));
        assertEquals(1, events.size(), "the retry emitted nothing");
    }

    @Test
    void anUpdateRaisesTheRevisionAndEmitsTheUpdatedEvent() {
        given().contentType(ContentType.JSON).body(station("ST-UPD", "茶山")).post("/api/air/stations")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(station("ST-UPD", "石排")).put("/api/air/stations/ST-UPD")
                .then().statusCode(200).body("revision", equalTo(2)).body("town", equalTo("石排"));
        List<ConsumerRecord<String, String>> events = new TopicProbe(bootstrapServers)
                .readKey(Topics.AIR_STATIONS, "ST-UPD", 2, Duration.ofSeconds(15));
        assertEquals(List.of(EventType.AIR_STATION_REGISTERED.type(), EventType.AIR_STATION_UPDATED.type()),
                events.stream().map(r -> TopicProbe.header(r, "ce_type")).toList(), "in order on the station's key");
    }

    @Test
    void invalidStationsAreRefusedNamingEachFieldAndNothingIsStored() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"stationId":"bad id!","name":" ","town":"莞城","latitude":91,"longitude":113.75,
                         "kind":"NATIONAL"}""")
                .when().post("/api/air/stations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid input"))
                .body("errors.field", containsInAnyOrder("stationId", "name", "latitude", "assessed"))
                .body("errors.message", hasItem(notNullValue()));
        assertNull(stations.findById("bad id!"));
    }

    @Test
    void anUnknownKindOrFieldIsRefusedWithAProblemNamingIt() {
        given().contentType(ContentType.JSON)
                .body(station("ST-KIND", "莞城").replace("NATIONAL", "SATELLITE"))
                .when().post("/api/air/stations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
        given().contentType(ContentType.JSON)
                .body(station("ST-FIELD", "莞城").replace("\"kind\"", "\"colour\":\"red\",\"kind\""))
                .when().post("/api/air/stations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("unknown field 'colour'"));
        given().when().get("/api/air/stations/ST-KIND").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void listsPageWithAnOpaqueCursor() {
        for (String id : List.of("PG-1", "PG-2", "PG-3")) {
            given().contentType(ContentType.JSON).body(station(id, "大朗")).post("/api/air/stations");
        }
        List<String> all = given().queryParam("limit", 1000).get("/api/air/stations")
                .then().statusCode(200).extract().path("items.stationId");
        assertTrue(all.size() >= 3 && all.containsAll(List.of("PG-1", "PG-2", "PG-3")), all.toString());
        assertEquals(all.stream().sorted().toList(), all, "in stationId order");

        io.restassured.path.json.JsonPath first = given().queryParam("limit", 2).get("/api/air/stations")
                .then().statusCode(200).extract().jsonPath();
        List<String> page1 = first.getList("items.stationId");
        String cursor = first.getString("nextCursor");
        assertEquals(all.subList(0, 2), page1, "the first page is the first two of the list");
        assertTrue(cursor != null && !cursor.isBlank(), "a next page is announced");
        List<String> page2 = given().queryParam("limit", 1000).queryParam("cursor", cursor).get("/api/air/stations")
                .then().statusCode(200).extract().path("items.stationId");
        // exactly the items after page 1, in order: disjoint from it, and together the whole list
        assertEquals(all.subList(2, all.size()), page2, "page 2 continues where page 1 ended");
        assertTrue(page2.stream().noneMatch(page1::contains), "pages overlap: " + page1 + " / " + page2);
        List<String> union = new java.util.ArrayList<>(page1);
        union.addAll(page2);
        assertEquals(all, union);

        given().queryParam("limit", 1001).get("/api/air/stations")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        // not a number: a 400 naming the parameter, not the bare 404 of JAX-RS
        for (String notANumber : List.of("abc", "1e3", "99999999999", " ")) {
            given().queryParam("limit", notANumber).get("/api/air/stations")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("limit"));
        }
        given().queryParam("limit", "abc").get("/api/air/statistics/rankings/stations")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("assessedOnly", "maybe").get("/api/air/statistics/rankings/stations")
                .then().statusCode(400).body("errors[0].field", equalTo("assessedOnly"));
    }

    @Test
    void theRelayProducesWithAcksAllAndIdempotence() {
        Map<String, ?> config = relay.effectiveProducerConfig();
        assertTrue(List.of("all", "-1").contains(String.valueOf(config.get(ProducerConfig.ACKS_CONFIG))),
                "acks=" + config.get(ProducerConfig.ACKS_CONFIG));
        assertEquals(Boolean.TRUE, config.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
    }
}
