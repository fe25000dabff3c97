package io.ecocity.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node Kafka broker (KRaft) inside the test JVM that is secured as the suite's production cluster is:
 * its client listener speaks SASL_PLAINTEXT and accepts SCRAM-SHA-512, the KRaft {@code StandardAuthorizer} decides
 * every request and nothing is allowed without an ACL ({@code allow.everyone.if.no.acl.found=false}).
 *
 * <p>The broker itself is a super user ({@value #BROKER_USER}) that authenticates with PLAIN against the broker's
 * own JAAS file; a test uses {@link #brokerAdmin()} once to create the SCRAM users and the ACLs, exactly as an
 * operator bootstraps the city's cluster with its admin account. The PLAINTEXT broker of
 * {@link KafkaBrokerTestResource} that every other test uses is not affected.
 */
public final class SecuredKafkaBroker implements AutoCloseable {

    /** The broker's own principal, a super user. */
    public static final String BROKER_USER = "plain-admin";
    private static final String BROKER_PASSWORD = "plain-admin-secret";

    public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";

    private final KafkaClusterTestKit cluster;

    private SecuredKafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static SecuredKafkaBroker start() {
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                    // the broker registers with the controller as the super user too, never as ANONYMOUS
                    .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                    .build())
                    .setConfigProp("sasl.enabled.mechanisms", SCRAM_MECHANISM + ",PLAIN")
                    .setConfigProp("sasl.mechanism.inter.broker.protocol", "PLAIN")
                    .setConfigProp("sasl.mechanism.controller.protocol", "PLAIN")
                    .setConfigProp("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                    .setConfigProp("allow.everyone.if.no.acl.found", "false")
                    .setConfigProp("super.users", "User:" + BROKER_USER)
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "3")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("auto.create.topics.enable", "false")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return new SecuredKafkaBroker(kit);
        } catch (Exception e) {
            throw new IllegalStateException("the secured test Kafka broker did not start", e);
        }
    }

    /** The SASL_PLAINTEXT address of the broker's client listener. */
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Client settings of the broker's super user, for creating users and ACLs. */
    public Map<String, Object> brokerAdmin() {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SecurityProtocol.SASL_PLAINTEXT.name);
        config.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
        config.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.plain.PlainLoginModule required"
                + " username=\"" + BROKER_USER + "\" password=\"" + BROKER_PASSWORD + "\";");
        return config;
    }

    /** The {@code kafka.*} settings a service is given for a SCRAM user, as its environment would set them. */
    public Map<String, Object> scramSettings(String user, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SecurityProtocol.SASL_PLAINTEXT.name);
        config.put(SaslConfigs.SASL_MECHANISM, SCRAM_MECHANISM);
        config.put(SaslConfigs.SASL_JAAS_CONFIG, scramJaasConfig(user, password));
        return config;
    }

    public static String scramJaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("the secured test Kafka broker did not stop cleanly", e);
        }
    }
}
