package io.ecocity.support.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import kafka.server.KafkaConfig;
import org.apache.kafka.common.config.types.Password;
import org.junit.jupiter.api.Test;

/**
 * The compose broker takes its listeners' JAAS configuration as {@code ${env:ECOCITY_KAFKA_BROKER_JAAS}} (the
 * apache/kafka image cannot pass a value holding '=' as a KAFKA_* variable): the broker's own configuration resolves
 * such a reference through the env config provider, for a listener-scoped setting too. The variable here is one that
 * every test JVM has.
 */
class BrokerConfigProviderTest {

    @Test
    void theBrokerResolvesAnEnvReferenceInAListenersJaasConfiguration() {
        String variable = System.getenv().containsKey("HOME") ? "HOME" : "PATH";
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@localhost:9093");
        props.put("listeners", "BROKER://:9092,CONTROLLER://:9093");
        props.put("advertised.listeners", "BROKER://kafka:9092");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "BROKER");
        props.put("listener.security.protocol.map", "CONTROLLER:SASL_PLAINTEXT,BROKER:SASL_PLAINTEXT");
        props.put("sasl.enabled.mechanisms", "SCRAM-SHA-512,PLAIN");
        props.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        props.put("sasl.mechanism.controller.protocol", "PLAIN");
        props.put("log.dirs", System.getProperty("java.io.tmpdir"));
        props.put("config.providers", "env");
        props.put("config.providers.env.class", "org.apache.kafka.common.config.provider.EnvVarConfigProvider");
        props.put("listener.name.broker.plain.sasl.jaas.config", "${env:" + variable + "}");

        KafkaConfig config = new KafkaConfig(props);

        assertThat(config.originals().get("listener.name.broker.plain.sasl.jaas.config"))
                .isEqualTo(System.getenv(variable));
        // what the listener's SASL login is given (a Password, hidden in toString)
        Object listenerJaas = config.valuesWithPrefixOverride("listener.name.broker.plain.").get("sasl.jaas.config");
        assertThat(((Password) listenerJaas).value()).isEqualTo(System.getenv(variable));
    }
}
