package io.ecocity.support.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The one place where the suite's Kafka client settings are decided. Every client starts from the {@code kafka.*}
 * configuration as Quarkus hands it to its own clients and health check ({@code default-kafka-broker}), so the
 * bootstrap address and any TLS or SASL settings reach the relay, the consumer, the dead-letter producer and the
 * topic initialiser alike; what a client needs to be correct is set on top.
 */
@ApplicationScoped
public class KafkaClientSettings {

    /** Quarkus settings of the kafka extension that the Kafka clients do not know. */
    private static final String[] NOT_CLIENT_SETTINGS = {"health.enabled", "health.timeout", "devservices", "snappy"};

    private final Map<String, Object> broker;

    public KafkaClientSettings(@Identifier("default-kafka-broker") Map<String, Object> broker) {
        this.broker = broker;
    }

    /** The {@code kafka.*} settings as Kafka client settings, without the extension's own keys. */
    public Map<String, Object> common() {
        Map<String, Object> config = new HashMap<>();
        broker.forEach((key, value) -> {
            for (String own : NOT_CLIENT_SETTINGS) {
                if (key.startsWith(own)) {
                    return;
                }
            }
            config.put(key, value);
        });
        return config;
    }

    /**
     * A producer that loses nothing and writes nothing twice on its own: every in-sync replica acknowledges
     * ({@code acks=all}) and the broker drops the producer's own retries (idempotence, which also keeps the order of
     * up to 5 requests in flight per partition). Sends fail fast while the broker is away so that the relay, not the
     * client, decides when to try again.
     */
    public Map<String, Object> producer(String clientId) {
        Map<String, Object> config = common();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }

    /**
     * A consumer that commits only what the service has processed. A member that died without leaving the group
     * (SIGKILL, a lost node) holds its partitions until its session times out, and the group waits for it before it
     * lets the restarted process in: 10 s instead of the client's 45 s (heartbeats every 3 s), so a restarted service
     * consumes again about 10 s after it starts. {@code kafka.session.timeout.ms} and
     * {@code kafka.heartbeat.interval.ms} override both.
     */
    public Map<String, Object> consumer(String groupId, String clientId, int maxPollRecords) {
        Map<String, Object> config = common();
        config.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        config.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }

    /** A consumer outside any group, for reading a topic from its start (dead-letter redrive). */
    public Map<String, Object> reader(String clientId) {
        Map<String, Object> config = common();
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }

    public Map<String, Object> admin() {
        Map<String, Object> config = common();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 8_000);
        return config;
    }
}
