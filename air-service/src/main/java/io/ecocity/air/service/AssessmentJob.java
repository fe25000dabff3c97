package io.ecocity.air.service;

import io.ecocity.air.config.AirConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Runs the recomputation shortly after observations change: a burst of ingests queues its station-days and one
 * run assesses each hour and day once. It keeps going while work is left, so a large backlog drains without
 * waiting for the next tick.
 *
 * <p>A committed ingest wakes it ({@link #wake()}); it then waits {@code ecocity.air.assessment.every} for the rest of
 * the burst and drains the queue. The scheduler's tick stays as the safety net for work queued any other way (a run
 * that failed, a restart), but it cannot be the trigger: the scheduler runs nothing more often than once a second,
 * which alone would put up to a second between an observation and its report.
 */
@ApplicationScoped
public class AssessmentJob {

    private static final Logger LOG = Logger.getLogger(AssessmentJob.class);
    private static final int MAX_RUNS_PER_TICK = 50;

    private final AssessmentService assessment;
    private final Duration debounce;
    private final ReentrantLock draining = new ReentrantLock();
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread worker;

    public AssessmentJob(AssessmentService assessment, AirConfig config) {
        this.assessment = assessment;
        this.debounce = durationOf(config.assessment().every());
    }

    void onStart(@Observes StartupEvent startup) {
        running = true;
        Thread thread = new Thread(this::runOnWakeUps, "assessment-trigger");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        running = false;
        wakeUps.release();
        Thread thread = worker;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Observations were committed: recompute after the debounce rather than at the next tick. */
    public void wake() {
        wakeUps.release();
    }

    @Scheduled(every = "${ecocity.air.assessment.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        // a wake-up is draining already: nothing for the tick to add
        if (draining.tryLock()) {
            try {
                drain();
            } finally {
                draining.unlock();
            }
        }
    }

    private void runOnWakeUps() {
        while (running) {
            try {
                wakeUps.acquire();
                // let the rest of the burst arrive, so one run takes it all
                Thread.sleep(debounce.toMillis());
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!running) {
                return;
            }
            draining.lock();
            try {
                drain();
            } finally {
                draining.unlock();
            }
        }
    }

    private void drain() {
        try {
            for (int run = 0; run < MAX_RUNS_PER_TICK; run++) {
                if (assessment.recomputePending().idle()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // The queue is kept on failure: the next tick tries again.
            LOG.warnf(e, "recomputing the assessed values failed; retrying at the next tick");
        }
    }

    /** The setting in the scheduler's notation ({@code 0.15s}, {@code 2s}) or ISO-8601 ({@code PT0.15S}). */
    static Duration durationOf(String every) {
        String value = every.trim().toUpperCase(Locale.ROOT);
        return Duration.parse(value.startsWith("P") ? value : "PT" + value);
    }
}
