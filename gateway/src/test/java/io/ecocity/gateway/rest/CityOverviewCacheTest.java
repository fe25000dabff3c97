package io.ecocity.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecocity.events.EventType;
import io.ecocity.events.water.WaterSection;
import io.ecocity.gateway.service.CityOverviewService;
import io.ecocity.gateway.service.ViewVersion;
import io.ecocity.gateway.support.CityEvents;
import io.ecocity.gateway.support.DownstreamServicesTestResource;
import io.ecocity.gateway.support.Payloads;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The overview is assembled once per change of the view and answered to every reader in between; changes, from
 * events on the real broker (in the test JVM) or from the API, are coalesced and show within the max age.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(DownstreamServicesTestResource.class)
class CityOverviewCacheTest {

    @Inject
    CityOverviewService overviews;

    @Inject
    ViewVersion version;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "ecocity.gateway.overview.max-age")
    Duration maxAge;

    @Test
    void readersBetweenTwoChangesShareOneOverview() {
        // events of other tests may still be arriving: some pair of consecutive reads falls between two changes
        boolean shared = false;
        for (int attempt = 0; attempt < 20 && !shared; attempt++) {
            // the view's part is shared; each answer only brings the domains' freshness to the present
            shared = overviews.overview().air().stations() == overviews.overview().air().stations();
        }
        assertTrue(shared, "two reads with no change between them assemble the overview twice");
    }

    @Test
    void changesAreCoalescedAndShowWithinTheMaxAge() throws InterruptedException {
        // past the max age, a change makes the next reader assemble a new overview
        Thread.sleep(maxAge.toMillis() + 50);
        version.changing();
        long assembled = System.nanoTime();
        CityOverview fresh = overviews.overview();
        // a burst of commits right after it (sustained ingest) reuses it instead of assembling once per commit
        for (int i = 0; i < 20 && System.nanoTime() - assembled < maxAge.toNanos() / 2; i++) {
            version.changing();
            // generatedAt is the time of the assembly: the same one means the same assembled overview
            assertEquals(fresh.generatedAt(), overviews.overview().generatedAt(),
                    "a change younger than the max age after an assembly is coalesced");
        }
        // the reader's thread: the overview reads the view in the test's request context
        long deadline = System.nanoTime() + maxAge.multipliedBy(10).toNanos();
        boolean shown = false;
        while (!shown && System.nanoTime() < deadline) {
            shown = !fresh.generatedAt().equals(overviews.overview().generatedAt());
            Thread.sleep(20);
        }
        assertTrue(shown, "the coalesced changes show within the max age");
    }

    @Test
    void aChangeOfOneDomainAssemblesOnlyItsPiece() throws InterruptedException {
        // events of other tests may still be arriving and change the air part too: some attempt falls between them
        boolean kept = false;
        for (int attempt = 0; attempt < 10 && !kept; attempt++) {
            CityOverview before = overviews.overview();
            Thread.sleep(maxAge.toMillis() + 50);
            long air = version.current(ViewVersion.Part.AIR);
            version.changing(ViewVersion.Part.WATER);
            CityOverview after = overviews.overview();
            assertTrue(!after.generatedAt().equals(before.generatedAt()), "the water change assembled the overview");
            // the air figures were not read again: the very same list of stations
            kept = version.current(ViewVersion.Part.AIR) == air
                    && after.air().stations() == before.air().stations()
                    && after.water().sections() != before.water().sections();
        }
        assertTrue(kept, "a water change keeps the air piece of the overview as it was");
    }

    @Test
    void anAppliedEventMakesANewVersionAndShowsInTheOverview() {
        // read first, so that an overview is in the cache when the event arrives
        given().get("/api/city/overview").then().statusCode(200);
        long before = version.current();
        new CityEvents(bootstrapServers, json).send(EventType.WATER_SECTION_REGISTERED, "OC-W1", new WaterSection(
                "OC-W1", "洪梅断面", "东江南支流", "RIVER", "MUNICIPAL", "洪梅", "IV", Payloads.n("22.99"),
                Payloads.n("113.61"), true, 1, OffsetDateTime.parse("2026-02-01T09:00:00+08:00")));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                given().get("/api/city/overview").then().statusCode(200)
                        .body("water.sections.sectionId", hasItem("OC-W1")));
        assertTrue(version.current() > before, "applying the event moved the view's version");
    }
}
