package io.ecocity.water.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.events.EventType;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.ecocity.support.events.EventOutbox;
import io.ecocity.support.events.OutboxRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * An outbox event the broker can never take (a record of 1.2 MB, above the producer's 1 MB max.request.size) between
 * good ones, through the real relay to the real broker (in the test JVM): it is parked with its reason, and every
 * event written before and after it is published in order. Without parking, the relay retried it without end and
 * published nothing after it.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class OutboxParkingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EventOutbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Test
    void anEventTooLargeForTheBrokerIsParkedAndTheEventsBehindItArePublished() {
        String key = "PARK-" + UUID.randomUUID();
        EventType type = EventType.WATER_ALERT;
        String tooLarge = "汉".repeat(400_000); // 1.2 MB as UTF-8, within the outbox column's 1,000,000 characters
        String[] ids = new String[5];
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= 5; i++) {
                ids[i - 1] = outbox.append(type, key, Map.of("sectionId", key, "marker", key + "#" + i,
                        "detail", i == 3 ? tooLarge : "ok"));
            }
        });

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers)
                .readKey(type.topic(), key, 4, Duration.ofSeconds(30));
        List<String> markers = records.stream()
                .map(r -> r.value().replaceAll(".*\"marker\":\"[^#]*#(\\d)\".*", "$1")).distinct().toList();
        assertEquals(List.of("1", "2", "4", "5"), markers, "published in order, without the parked one");

        Object[] parked = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "select parked_at, parked_reason, published_at from outbox_event where event_id = ?1")
                .setParameter(1, ids[2]).getSingleResult());
        assertNotNull(parked[0], "parked");
        assertTrue(String.valueOf(parked[1]).startsWith("RecordTooLargeException"), String.valueOf(parked[1]));
        assertEquals(null, parked[2], "a parked event is not published");
        // the relay marks what the broker acknowledged just after the consumer above may have read it
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (relay.pending() > 0 && System.nanoTime() < deadline) {
            sleep(100);
        }
        assertEquals(0, relay.pending(), "a parked event is not in the backlog: every other event was published");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
