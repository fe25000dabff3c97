package io.ecocity.support.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.ecocity.kafka.SecuredKafkaBroker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite's Kafka ACL table ({@code deploy/kafka/acls.csv}) applied to a real broker that authenticates with
 * SASL/SCRAM-SHA-512 and authorises with the KRaft StandardAuthorizer, nothing allowed without an ACL. Every client
 * here is built by {@link KafkaClientSettings} from {@code kafka.*} settings as a service's environment gives them
 * (KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_MECHANISM, KAFKA_SASL_JAAS_CONFIG), so what is proved is what the services do.
 */
class KafkaAclTest {

    static final Path ACL_FILE = Path.of("..", "deploy", "kafka", "acls.csv");
    static final List<String> SERVICES = List.of("air-service", "water-service", "waste-service", "gateway",
            "logger-gateway");

    static SecuredKafkaBroker broker;

    @BeforeAll
    static void secureBroker() throws Exception {
        broker = SecuredKafkaBroker.start();
        try (Admin admin = Admin.create(broker.brokerAdmin())) {
            List<UserScramCredentialAlteration> users = new ArrayList<>();
            for (String service : SERVICES) {
                users.add(new UserScramCredentialUpsertion(service,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password(service)));
            }
            admin.alterUserScramCredentials(users).all().get(30, TimeUnit.SECONDS);
            List<NewTopic> topics = new ArrayList<>();
            for (String topic : TopicInitializer.suiteTopics()) {
                topics.add(new NewTopic(topic, 1, (short) 1));
            }
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(readAclFile()).all().get(30, TimeUnit.SECONDS);
            List<AclBinding> expected = readAclFile();
            eventually(() -> {
                try {
                    return admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS).size()
                            == expected.size();
                } catch (Exception e) {
                    return false;
                }
            });
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void theAclFileGivesEveryTopicOfTheSuiteItsOwnDomainAsProducer() throws IOException {
        List<AclBinding> acls = readAclFile();
        for (EventType type : EventType.values()) {
            String domain = type.topic().substring(0, type.topic().indexOf('.'));
            Set<String> writers = principalsAllowed(acls, AclOperation.WRITE, type.topic());
            assertThat(writers).as("who may write %s", type.topic()).contains("User:" + domain + "-service");
            assertThat(writers).as("who may write %s", type.topic())
                    .allMatch(p -> p.equals("User:" + domain + "-service") || p.equals("User:logger-gateway"));
        }
        for (String service : SERVICES) {
            assertThat(acls).as("ACLs of %s", service)
                    .anyMatch(acl -> acl.entry().principal().equals("User:" + service));
        }
    }

    @Test
    void airServiceProducesToItsOwnTopicsAndDeadLetters() throws Exception {
        try (KafkaProducer<String, String> producer = producer("air-service")) {
            assertThat(eventuallySent(producer, Topics.AIR_ALERTS).topic()).isEqualTo(Topics.AIR_ALERTS);
            assertThat(send(producer, Topics.AIR_ASSESSMENTS).topic()).isEqualTo(Topics.AIR_ASSESSMENTS);
            assertThat(send(producer, Topics.deadLetterTopicOf(Topics.AIR_OBSERVATIONS)).topic())
                    .isEqualTo(Topics.deadLetterTopicOf(Topics.AIR_OBSERVATIONS));
        }
    }

    @Test
    void airServiceCannotProduceToAnotherDomainNorForgeItsAlerts() throws Exception {
        try (KafkaProducer<String, String> producer = producer("air-service")) {
            eventuallySent(producer, Topics.AIR_STATIONS);
            assertRefused(producer, Topics.WATER_SAMPLES);
            assertRefused(producer, Topics.WATER_ALERTS);
            assertRefused(producer, Topics.WASTE_ALERTS);
        }
    }

    @Test
    void theGatewayCannotProduceToAnyDomainTopic() throws Exception {
        try (KafkaProducer<String, String> producer = producer("gateway")) {
            // it may write the dead letters of what it consumes, nothing else
            eventuallySent(producer, Topics.deadLetterTopicOf(Topics.AIR_ALERTS));
            for (EventType type : EventType.values()) {
                assertRefused(producer, type.topic());
            }
        }
    }

    @Test
    void theLoggerGatewayWritesObservationsAndSamplesOnly() throws Exception {
        try (KafkaProducer<String, String> producer = producer("logger-gateway")) {
            eventuallySent(producer, Topics.AIR_OBSERVATIONS);
            send(producer, Topics.WATER_SAMPLES);
            assertRefused(producer, Topics.AIR_ALERTS);
            assertRefused(producer, Topics.WATER_ASSESSMENTS);
        }
    }

    @Test
    void theGatewayConsumesWhatItServesInItsOwnGroup() throws Exception {
        String marker = "acl-" + System.nanoTime();
        try (KafkaProducer<String, String> producer = producer("waste-service")) {
            eventuallySent(producer, Topics.WASTE_ALERTS, marker);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                settings("gateway").consumer("gateway", "gateway-consumer", 100))) {
            consumer.subscribe(List.of(Topics.WASTE_ALERTS));
            boolean seen = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!seen && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen |= marker.equals(record.value());
                }
            }
            assertThat(seen).as("the gateway read waste.alerts").isTrue();
            consumer.commitSync();
        }
    }

    @Test
    void aConsumerWithoutReadOnTheTopicIsRefused() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                settings("water-service").consumer("water-service", "water-service-consumer", 100))) {
            consumer.subscribe(List.of(Topics.AIR_OBSERVATIONS));
            assertThatThrownBy(() -> pollFor(consumer, Duration.ofSeconds(20)))
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aConsumerInAnotherServicesGroupIsRefused() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                settings("air-service").consumer("gateway", "air-service-consumer", 100))) {
            consumer.subscribe(List.of(Topics.AIR_OBSERVATIONS));
            assertThatThrownBy(() -> pollFor(consumer, Duration.ofSeconds(20)))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void theAdminClientSeesAndCreatesOnlyItsOwnDomainsTopics() throws Exception {
        try (Admin admin = Admin.create(settings("air-service").admin())) {
            Set<String> visible = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            assertThat(visible).contains(Topics.AIR_ALERTS, Topics.AIR_OBSERVATIONS)
                    .allMatch(topic -> topic.startsWith("air."));
            admin.createTopics(List.of(new NewTopic("air.acl-probe", 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
            assertThatThrownBy(() -> admin.createTopics(List.of(new NewTopic("water.acl-probe", 1, (short) 1)))
                    .all().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aBadPasswordIsRefused() {
        Map<String, Object> kafka = broker.scramSettings("air-service", "not-the-password");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(new KafkaClientSettings(kafka)
                .producer("air-service-relay"))) {
            assertThatThrownBy(() -> send(producer, Topics.AIR_ALERTS))
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void anUnauthenticatedClientIsRefused() {
        Map<String, Object> kafka = new HashMap<>();
        kafka.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (Admin admin = Admin.create(new KafkaClientSettings(kafka).admin())) {
            // a PLAINTEXT client never completes a request on the SASL listener
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class);
        }
    }

    /**
     * deploy/kafka/apply-acls.sh with the real kafka-configs and kafka-acls tools (their classes, from this JVM's
     * class path), logged in as the broker's super user with PLAIN as compose's kafka-init is: the user it creates
     * authenticates with SCRAM and gets exactly the ACLs of the file it was given.
     */
    @Test
    void theApplyScriptCreatesUsersAndAclsWithTheKafkaTools(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("kafka/bin"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String[] tool : new String[][] {{"kafka-acls.sh", "org.apache.kafka.tools.AclCommand"},
                {"kafka-configs.sh", "kafka.admin.ConfigCommand"}}) {
            Path script = bin.resolve(tool[0]);
            Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -Xmx128m -cp \"$ECOCITY_TEST_CLASSPATH\" "
                    + tool[1] + " \"$@\"\n");
            script.toFile().setExecutable(true);
        }
        Path acls = dir.resolve("acls.csv");
        Files.writeString(acls, "# a principal of its own, so the suite's ACLs stay as they are\n"
                + "script-probe,Write,Topic,literal," + Topics.AIR_TARGETS + "\n");
        ProcessBuilder process = new ProcessBuilder("bash", Path.of("..", "deploy", "kafka", "apply-acls.sh").toString())
                .redirectErrorStream(true);
        Map<String, String> env = process.environment();
        env.put("ECOCITY_TEST_CLASSPATH", System.getProperty("java.class.path"));
        env.put("KAFKA_HOME", dir.resolve("kafka").toString());
        env.put("ECOCITY_KAFKA_BOOTSTRAP", broker.bootstrapServers());
        env.put("ECOCITY_KAFKA_ACLS", acls.toString());
        env.put("ECOCITY_KAFKA_ADMIN_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("ECOCITY_KAFKA_ADMIN_MECHANISM", "PLAIN");
        env.put("ECOCITY_KAFKA_ADMIN_JAAS", String.valueOf(broker.brokerAdmin().get(SaslConfigs.SASL_JAAS_CONFIG)));
        env.put("ECOCITY_KAFKA_SCRAM_SCRIPT_PROBE", "probe-password");
        Process run = process.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains("1 SCRAM-SHA-512 users set: script-probe", "1 ACLs of");

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(new KafkaClientSettings(
                broker.scramSettings("script-probe", "probe-password")).producer("script-probe"))) {
            eventuallySent(producer, Topics.AIR_TARGETS);
            assertRefused(producer, Topics.AIR_ALERTS);
        }
    }

    private static KafkaClientSettings settings(String service) {
        return new KafkaClientSettings(broker.scramSettings(service, password(service)));
    }

    private static KafkaProducer<String, String> producer(String service) {
        Map<String, Object> config = settings(service).producer(service + "-relay");
        assertThat(config).containsEntry(SaslConfigs.SASL_MECHANISM, SecuredKafkaBroker.SCRAM_MECHANISM);
        return new KafkaProducer<>(config);
    }

    private static String password(String service) {
        return service + "-test-password";
    }

    private static RecordMetadata send(KafkaProducer<String, String> producer, String topic) throws Exception {
        return send(producer, topic, "{}");
    }

    private static RecordMetadata send(KafkaProducer<String, String> producer, String topic, String value)
            throws Exception {
        return producer.send(new ProducerRecord<>(topic, "key", value)).get(20, TimeUnit.SECONDS);
    }

    /** The first send of a new user waits until the broker has its credentials and ACLs from the metadata log. */
    private static RecordMetadata eventuallySent(KafkaProducer<String, String> producer, String topic)
            throws Exception {
        return eventuallySent(producer, topic, "{}");
    }

    private static RecordMetadata eventuallySent(KafkaProducer<String, String> producer, String topic, String value)
            throws Exception {
        Exception last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                return send(producer, topic, value);
            } catch (Exception e) {
                last = e;
                Thread.sleep(500);
            }
        }
        throw last;
    }

    private static void assertRefused(KafkaProducer<String, String> producer, String topic) {
        assertThatThrownBy(() -> send(producer, topic)).as("sending to %s", topic)
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    private static void pollFor(KafkaConsumer<String, String> consumer, Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(500));
        }
    }

    private static void eventually(Supplier<Boolean> condition) throws InterruptedException {
        for (int attempt = 0; attempt < 40 && !condition.get(); attempt++) {
            Thread.sleep(250);
        }
    }

    private static Set<String> principalsAllowed(List<AclBinding> acls, AclOperation operation, String topic) {
        Set<String> principals = new LinkedHashSet<>();
        for (AclBinding acl : acls) {
            ResourcePattern pattern = acl.pattern();
            boolean matches = pattern.resourceType() == ResourceType.TOPIC
                    && (pattern.patternType() == PatternType.LITERAL ? pattern.name().equals(topic)
                            : topic.startsWith(pattern.name()));
            if (matches && acl.entry().operation() == operation) {
                principals.add(acl.entry().principal());
            }
        }
        return principals;
    }

    /** {@code principal,operation,resource_type,pattern_type,resource_name}; # starts a comment. */
    static List<AclBinding> readAclFile() throws IOException {
        List<AclBinding> acls = new ArrayList<>();
        for (String line : Files.readAllLines(ACL_FILE)) {
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] field = row.split(",", -1);
            if (field.length != 5) {
                throw new IllegalArgumentException("not an ACL row of 5 fields: " + line);
            }
            acls.add(new AclBinding(
                    new ResourcePattern(ResourceType.valueOf(upper(field[2])), field[4].strip(),
                            PatternType.valueOf(upper(field[3]))),
                    new AccessControlEntry("User:" + field[0].strip(), "*", AclOperation.valueOf(upper(field[1])),
                            AclPermissionType.ALLOW)));
        }
        return acls;
    }

    private static String upper(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }
}
