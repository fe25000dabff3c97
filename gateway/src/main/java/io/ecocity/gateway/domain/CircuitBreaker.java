package io.ecocity.gateway.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A circuit breaker for the calls to one service. CLOSED lets calls through and counts consecutive failures; at the
 * threshold it opens. OPEN refuses calls until its delay has passed, then lets exactly one trial call through
 * (HALF_OPEN): its success closes the circuit, its failure opens it again for another delay.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failure threshold must be at least 1");
        }
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Whether a call may go out now; every permitted call must be followed by {@link #succeeded} or {@link #failed}. */
    public synchronized boolean tryAcquire() {
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (clock.instant().isBefore(openedAt.plus(openFor))) {
                    return false;
                }
                state = State.HALF_OPEN;
                trialInFlight = true;
                return true;
            default:
                if (trialInFlight) {
                    return false;
                }
                trialInFlight = true;
                return true;
        }
    }

    public synchronized void succeeded() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
        openedAt = null;
    }

    public synchronized void failed() {
        trialInFlight = false;
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.instant();
        }
    }

    public synchronized State state() {
        return state;
    }

    /** How long an open circuit still refuses calls; empty unless it is open. */
    public synchronized Optional<Duration> retryAfter() {
        if (state != State.OPEN) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), openedAt.plus(openFor));
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }
}
