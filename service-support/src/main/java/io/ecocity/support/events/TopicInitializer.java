package io.ecocity.support.events;

import io.ecocity.events.EventType;
import io.ecocity.events.Topics;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the suite's topics and their dead-letter topics when they are missing, so that a consumer never waits for
 * a topic to appear and a cluster that forbids automatic topic creation works too. Best effort: a broker that is
 * away at start is not fatal, the relay and the consumers wait for it anyway.
 */
@ApplicationScoped
public class TopicInitializer {

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    private final KafkaClientSettings kafka;
    private final int partitions;
    private final short replicationFactor;
    private final boolean enabled;

    public TopicInitializer(KafkaClientSettings kafka,
            @ConfigProperty(name = "ecocity.events.topics.partitions", defaultValue = "3") int partitions,
            @ConfigProperty(name = "ecocity.events.topics.replication-factor", defaultValue = "1") short replicationFactor,
            @ConfigProperty(name = "ecocity.events.topics.create", defaultValue = "true") boolean enabled) {
        this.kafka = kafka;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.enabled = enabled;
    }

    void onStart(@Observes @Priority(10) StartupEvent startup) {
        if (enabled) {
            createMissingTopics();
        }
    }

    /** Every topic of the suite and its {@code .dlq}. */
    public static Set<String> suiteTopics() {
        Set<String> topics = new TreeSet<>();
        for (EventType type : EventType.values()) {
            topics.add(type.topic());
            topics.add(Topics.deadLetterTopicOf(type.topic()));
        }
        return topics;
    }

    void createMissingTopics() {
        try (Admin admin = Admin.create(kafka.admin())) {
            Set<String> existing = admin.listTopics().names().get(8, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : suiteTopics()) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, partitions, replicationFactor));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            admin.createTopics(missing).values().forEach((topic, future) -> {
                try {
                    future.get(8, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // another service created it at the same moment, or the broker refused: both are fine here
                    LOG.debugf("topic %s not created: %s", topic, e.getMessage());
                }
            });
            LOG.infof("created %d missing topics", missing.size());
        } catch (Exception e) {
            LOG.warnf("could not check the topics at start (%s); relying on the broker's automatic creation",
                    e.getMessage());
        }
    }
}
