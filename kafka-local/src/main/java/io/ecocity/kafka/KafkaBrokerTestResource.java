package io.ecocity.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) inside the test JVM, started before
 * Quarkus and handed to it as {@code kafka.bootstrap.servers}. It listens on a free port, so tests run beside a
 * running suite.
 */
public class KafkaBrokerTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "3")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            cluster = kit;
            return Map.of("kafka.bootstrap.servers", kit.bootstrapServers());
        } catch (Exception e) {
            throw new IllegalStateException("the test Kafka broker did not start", e);
        }
    }

    @Override
    public void stop() {
        KafkaClusterTestKit kit = cluster;
        cluster = null;
        if (kit != null) {
            try {
                kit.close();
            } catch (Exception e) {
                throw new IllegalStateException("the test Kafka broker did not stop cleanly", e);
            }
        }
    }

    /** The running broker's bootstrap address, for tests that produce or consume directly. */
    public static String bootstrapServers() {
        KafkaClusterTestKit kit = cluster;
        if (kit == null) {
            throw new IllegalStateException("the test Kafka broker is not running");
        }
        return kit.bootstrapServers();
    }
}
