package io.ecocity.support.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background workers of a service (the event consumer, the outbox relay, a service's own jobs) report here that
 * they are alive and making progress; liveness fails when one has died or has not reported for longer than
 * {@code ecocity.health.worker-stall}, so that the platform restarts a process whose HTTP side still answers while
 * its work has stopped.
 */
@ApplicationScoped
public class WorkerHeartbeats {

    private final Duration stallAfter;
    private final Clock clock;
    private final List<Heartbeat> heartbeats = new CopyOnWriteArrayList<>();

    @Inject
    public WorkerHeartbeats(@ConfigProperty(name = "ecocity.health.worker-stall", defaultValue = "PT2M") Duration stallAfter) {
        this(stallAfter, Clock.systemUTC());
    }

    WorkerHeartbeats(Duration stallAfter, Clock clock) {
        this.stallAfter = stallAfter;
        this.clock = clock;
    }

    /**
     * A worker running on {@code thread} (null for work run by a scheduler, which only beats): it must call
     * {@link Heartbeat#beat()} at least once per stall period, also while idle or waiting to retry.
     */
    public Heartbeat register(String name, Thread thread) {
        Heartbeat heartbeat = new Heartbeat(name, thread, clock);
        heartbeats.add(heartbeat);
        return heartbeat;
    }

    public Duration stallAfter() {
        return stallAfter;
    }

    public List<Heartbeat> all() {
        return List.copyOf(heartbeats);
    }

    /** The workers that have died or stalled, as "name: why"; empty when all are well. */
    public List<String> unhealthy() {
        Instant now = clock.instant();
        return heartbeats.stream()
                .filter(h -> !h.stopped)
                .map(h -> h.problem(now, stallAfter))
                .filter(p -> p != null)
                .toList();
    }

    /** One worker's last sign of progress. */
    public static final class Heartbeat {
        private final String name;
        private final Thread thread;
        private final Clock clock;
        private volatile Instant last;
        private volatile boolean stopped;

        private Heartbeat(String name, Thread thread, Clock clock) {
            this.name = name;
            this.thread = thread;
            this.clock = clock;
            this.last = clock.instant();
        }

        public String name() {
            return name;
        }

        public Instant last() {
            return last;
        }

        /** The worker is alive and got through one more round of its loop. */
        public void beat() {
            last = clock.instant();
        }

        /** The worker ended on purpose (shutdown): no longer checked. */
        public void stopped() {
            stopped = true;
        }

        String problem(Instant now, Duration stallAfter) {
            if (thread != null && !thread.isAlive()) {
                return name + ": its thread has died";
            }
            Duration silent = Duration.between(last, now);
            if (silent.compareTo(stallAfter) > 0) {
                return name + ": no progress for " + silent.toSeconds() + " s (limit " + stallAfter.toSeconds() + " s)";
            }
            return null;
        }
    }
}
