package io.ecocity.logger.service;

import io.ecocity.logger.domain.FrameRejection;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** The counters of the gateway, under {@code ecocity.logger.*} in /q/metrics. */
@ApplicationScoped
public class LoggerMetrics {

    public static final String REJECTED = "ecocity.logger.packets.rejected";
    public static final String ACCEPTED = "ecocity.logger.packets.accepted";
    public static final String LEFT_OUT = "ecocity.logger.values.left.out";
    public static final String ACKS = "ecocity.logger.acks.sent";
    public static final String EVENTS = "ecocity.logger.events.appended";
    public static final String NOT_PUBLISHED = "ecocity.logger.packets.not.published";

    private final MeterRegistry meters;

    public LoggerMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    public void rejected(FrameRejection reason) {
        meters.counter(REJECTED, "reason", reason.tag()).increment();
    }

    public void accepted(String command) {
        meters.counter(ACCEPTED, "command", command).increment();
    }

    /** Values left out of an event, by their data flag (N never) or {@code invalid} / {@code unknown}. */
    public void leftOut(String flag, int count) {
        meters.counter(LEFT_OUT, "flag", flag).increment(count);
    }

    public void acknowledged() {
        meters.counter(ACKS).increment();
    }

    public void appended(String eventType) {
        meters.counter(EVENTS, "type", eventType).increment();
    }

    /** An accepted hourly packet that made no event, e.g. every value flagged. */
    public void notPublished(String why) {
        meters.counter(NOT_PUBLISHED, "why", why).increment();
    }
}
