package io.ecocity.support.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How a service publishes its outbox and consumes its topics. */
@ConfigMapping(prefix = "ecocity.events")
public interface EventsConfig {

    /** The CloudEvents {@code source} of what this service emits, e.g. {@code /ecocity/air-service}. */
    String source();

    Relay relay();

    Consumer consumer();

    interface Relay {
        /** Off only in tests that must see events pile up in the outbox. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("500")
        int batchSize();

        /** How long the relay sleeps when the outbox is empty and nothing wakes it. */
        @WithDefault("PT0.25S")
        Duration idleWait();

        /** How long it waits before trying again after the broker refused or did not answer. */
        @WithDefault("PT1S")
        Duration retryBackoff();

        /** How long a published event stays in the outbox table, for audit and replay. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Consumer {
        @WithDefault("true")
        boolean enabled();

        /** The consumer group; by default the application name. */
        Optional<String> groupId();

        /**
         * The first wait before a poll that failed for a reason other than its content (the database, the broker) is
         * tried again; each further failure doubles it up to {@link #maxRetryBackoff()}. Such a poll is retried for
         * as long as the failure lasts and never dead-lettered.
         */
        @WithDefault("PT0.2S")
        Duration retryBackoff();

        @WithDefault("PT30S")
        Duration maxRetryBackoff();

        @WithDefault("PT0.2S")
        Duration pollTimeout();

        @WithDefault("500")
        int maxPollRecords();

        /**
         * How long the ids of applied events are kept for deduplication. A redelivery comes within minutes (a
         * rebalance, a restart); a week is far beyond that.
         */
        @WithDefault("P7D")
        Duration dedupeRetention();
    }
}
