package io.ecocity.water.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecocity.events.EventType;
import io.ecocity.kafka.KafkaBrokerTestResource;
import io.ecocity.kafka.TopicProbe;
import io.ecocity.support.events.EventOutbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay against a real Kafka broker (in the test JVM) and the real test database, with one send made to
 * fail by a producer interceptor from the configuration: the events of a key still arrive in the order written.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@TestProfile(OutboxOrderAfterFailureTest.FailingSend.class)
class OutboxOrderAfterFailureTest {

    public static class FailingSend implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.interceptor.classes", FailOnceInterceptor.class.getName(),
                    "ecocity.events.relay.retry-backoff", "PT0.2S");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EventOutbox outbox;

    @Test
    void aFailedSendIsResentBeforeAnyLaterEventOfItsKey() {
        String key = "ORDER-" + UUID.randomUUID();
        FailOnceInterceptor.failOnce(key + "#3");
        EventType type = EventType.WATER_ALERT;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= 8; i++) {
                outbox.append(type, key, Map.of("sectionId", key, "marker", key + "#" + i));
            }
        });

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers)
                .readKey(type.topic(), key, 8, Duration.ofSeconds(30));
        // duplicates are allowed (consumers drop them by ce_id); what each event's first arrival must keep is the order
        LinkedHashSet<String> firstArrivals = new LinkedHashSet<>();
        for (ConsumerRecord<String, String> record : records) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("#(\\d+)").matcher(record.value());
            if (m.find()) {
                firstArrivals.add(m.group(1));
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            expected.add(Integer.toString(i));
        }
        assertEquals(expected, new ArrayList<>(firstArrivals), "arrival order of " + key + ": " + records.stream()
                .map(ConsumerRecord::value).toList());
    }
}
