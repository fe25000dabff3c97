package io.ecocity.water.messaging;

import static io.restassured.RestAssured.given;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.support.testing.KafkaPoisonFuzz;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The hostile corpus on water.samples, through the real broker into H2: dead letters, and the consumer goes on. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class SamplePoisonFuzzTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyHostileRecordIsDeadLetteredOrStoredAndTheNextSampleIsApplied() {
        given().contentType(ContentType.JSON).body("""
                {"sectionId":"POISON-W","name":"毒样断面","river":"寒溪河","waterBodyType":"RIVER","level":"PROVINCIAL",
                 "town":"东坑","targetClass":"III","latitude":22.99,"longitude":113.94,"assessed":false}""").post("/api/water/sections");
        given().get("/api/water/sections/POISON-W").then().statusCode(200);
        String valid = "{\"sectionId\":\"POISON-W\",\"sampledAt\":\"2026-02-01T08:00:00+08:00\",\"values\":{\"DO\":6.5}}";
        String last = "{\"sectionId\":\"POISON-W\",\"sampledAt\":\"2026-02-02T08:00:00+08:00\",\"values\":{\"DO\":6.1}}";
        KafkaPoisonFuzz.assertPoisonIsDeadLettered(bootstrapServers, Topics.WATER_SAMPLES,
                EventType.WATER_SAMPLE_REPORTED.type(), "POISON-W", valid, List.of("sectionId", "sampledAt", "DO"),
                last, () -> given().get("/api/water/sections/POISON-W/samples").asString().contains("2026-02-02"));
    }
}
