package io.ecocity.water.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.water.repository.SectionRepository;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Sections over REST into H2 and out to a real Kafka broker (in the test JVM); nothing is stubbed. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class SectionResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    SectionRepository sections;

    @Test
    void registeringAndUpdatingASectionEmitsItsEventsInOrderAndByContract() {
        given().contentType(ContentType.JSON)
                .body(WaterTestClient.section("SEC-EVT", "沙田泗盛", "RIVER", "III", false))
                .post("/api/water/sections")
                .then().statusCode(201)
                .header("Location", endsWith("/api/water/sections/SEC-EVT"))
                .body("targetClass", equalTo("III"))
                .body("level", equalTo("NATIONAL"))
                .body("revision", equalTo(1));
        given().contentType(ContentType.JSON)
                .body(WaterTestClient.section("SEC-EVT", "沙田泗盛", "RIVER", "II", false))
                .put("/api/water/sections/SEC-EVT")
                .then().statusCode(200).body("revision", equalTo(2)).body("targetClass", equalTo("II"));

        WaterTestClient client = new WaterTestClient(bootstrapServers);
        List<ConsumerRecord<String, String>> registered = client.events(Topics.WATER_SECTIONS, "SEC-EVT",
                EventType.WATER_SECTION_REGISTERED.type(), 1, Duration.ofSeconds(15));
        List<ConsumerRecord<String, String>> updated = client.events(Topics.WATER_SECTIONS, "SEC-EVT",
                EventType.WATER_SECTION_UPDATED.type(), 1, Duration.ofSeconds(15));
        assertEquals(1, registered.size());
        assertEquals(1, updated.size());
        JsonNode body = WaterTestClient.conforming(updated.get(0));
        assertEquals("II", body.get("targetClass").asText());
        assertEquals(2, body.get("revision").asInt());
        assertEquals("RIVER", WaterTestClient.conforming(registered.get(0)).get("waterBodyType").asText());
    }

    @Test
    void theSameRegistrationIsARetryAndOtherAttributesAConflict() {
        String body = WaterTestClient.section("SEC-RETRY", "樟村", "RIVER", "III", false);
        given().contentType(ContentType.JSON).body(body).post("/api/water/sections").then().statusCode(201);
        given().contentType(ContentType.JSON).body(body).post("/api/water/sections").then().statusCode(200);
        given().contentType(ContentType.JSON).body(body.replace("樟村", "共和村")).post("/api/water/sections")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void invalidSectionsAreRefusedNamingEachFieldAndNothingIsStored() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"sectionId":"bad id","name":"x","river":" ","waterBodyType":"SEA","level":"NATIONAL",
                         "town":"沙田","targetClass":"VI","latitude":95,"longitude":113.6,"assessed":true}""")
                .post("/api/water/sections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("waterBodyType"));
        given().contentType(ContentType.JSON)
                .body("""
                        {"sectionId":"bad id","name":"x","river":" ","waterBodyType":"RIVER","level":"NATIONAL",
                         "town":"沙田","targetClass":"劣V","latitude":95,"longitude":113.6,"assessed":true}""")
                .post("/api/water/sections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("sectionId", "river", "targetClass", "latitude"));
        assertNull(sections.findById("bad id"));
    }

    @Test
    void sectionsListAsJsonPagesAndAsGeoJson() {
        for (String id : List.of("GEO-1", "GEO-2", "GEO-3")) {
            given().contentType(ContentType.JSON)
                    .body(WaterTestClient.section(id, "断面" + id, "LAKE_RESERVOIR", "II", false).replace("沙田", "麻涌"))
                    .post("/api/water/sections").then().statusCode(201);
        }
        String cursor = given().queryParam("town", "麻涌").queryParam("limit", 2).get("/api/water/sections")
                .then().statusCode(200).body("items.size()", equalTo(2)).extract().path("nextCursor");
        given().queryParam("town", "麻涌").queryParam("cursor", cursor).get("/api/water/sections")
                .then().statusCode(200).body("items.sectionId", equalTo(List.of("GEO-3")));
        given().accept("application/geo+json").queryParam("town", "麻涌").get("/api/water/sections")
                .then().statusCode(200)
                .body("type", equalTo("FeatureCollection"))
                .body("features.size()", equalTo(3))
                .body("features[0].geometry.type", equalTo("Point"))
                .body("features[0].geometry.coordinates[0]", equalTo(113.615f))
                .body("features[0].geometry.coordinates[1]", equalTo(22.917f))
                .body("features[0].properties.waterBodyType", equalTo("LAKE_RESERVOIR"));
    }
}
