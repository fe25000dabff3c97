package io.ecocity.support.health;

import io.ecocity.support.events.EventConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the event consumer is held up by a database or broker failure: it keeps retrying the same events
 * without committing their offsets, so what the service shows falls behind its topics until the failure ends.
 */
@Readiness
@ApplicationScoped
public class EventConsumerReadinessCheck implements HealthCheck {

    private final EventConsumer consumer;

    public EventConsumerReadinessCheck(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public HealthCheckResponse call() {
        EventConsumer.Stuck stuck = consumer.stuck();
        if (stuck == null) {
            return HealthCheckResponse.named("event consumer").up()
                    .withData("applied", consumer.appliedCount())
                    .withData("deadLettered", consumer.deadLetteredCount())
                    .build();
        }
        return HealthCheckResponse.named("event consumer").down()
                .withData("retryingSince", stuck.since().toString())
                .withData("attempts", stuck.attempts())
                .withData("reason", stuck.reason())
                .build();
    }
}
