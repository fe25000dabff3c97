package io.ecocity.air.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Runs the recomputation shortly after observations change: a burst of ingests queues its station-days and one
 * run assesses each hour and day once. It keeps going while work is left, so a large backlog drains without
 * waiting for the next tick.
 */
@ApplicationScoped
public class AssessmentJob {

    private static final Logger LOG = Logger.getLogger(AssessmentJob.class);
    private static final int MAX_RUNS_PER_TICK = 50;

    private final AssessmentService assessment;

    public AssessmentJob(AssessmentService assessment) {
        this.assessment = assessment;
    }

    @Scheduled(every = "${ecocity.air.assessment.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
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
}
