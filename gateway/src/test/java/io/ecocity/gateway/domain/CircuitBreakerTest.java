package io.ecocity.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecocity.gateway.domain.CircuitBreaker.State;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The circuit breaker's states against a clock the test moves; nothing else involved. */
class CircuitBreakerTest {

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), clock);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertTrue(breaker.tryAcquire());
            breaker.failed();
        }
    }

    @Test
    void itOpensAtTheThresholdOfConsecutiveFailuresOnly() {
        fail(2);
        assertTrue(breaker.tryAcquire());
        breaker.succeeded();
        fail(2);
        assertEquals(State.CLOSED, breaker.state(), "a success in between starts the count again");
        fail(1);
        assertEquals(State.OPEN, breaker.state());
        assertFalse(breaker.tryAcquire());
        assertEquals(Duration.ofSeconds(10), breaker.retryAfter().orElseThrow());
    }

    @Test
    void afterTheDelayExactlyOneTrialCallGoesThroughAndItsSuccessCloses() {
        fail(3);
        clock.advance(Duration.ofSeconds(9));
        assertFalse(breaker.tryAcquire());
        assertEquals(Duration.ofSeconds(1), breaker.retryAfter().orElseThrow());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(breaker.tryAcquire(), "the trial call");
        assertEquals(State.HALF_OPEN, breaker.state());
        assertFalse(breaker.tryAcquire(), "no second call while the trial is out");
        breaker.succeeded();
        assertEquals(State.CLOSED, breaker.state());
        assertTrue(breaker.tryAcquire());
    }

    @Test
    void aFailedTrialOpensTheCircuitForAnotherDelay() {
        fail(3);
        clock.advance(Duration.ofSeconds(10));
        assertTrue(breaker.tryAcquire());
        breaker.failed();
        assertEquals(State.OPEN, breaker.state());
        assertFalse(breaker.tryAcquire());
        clock.advance(Duration.ofSeconds(10));
        assertTrue(breaker.tryAcquire());
    }

    @Test
    void aThresholdBelowOneIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CircuitBreaker(0, Duration.ofSeconds(1), clock));
    }
}
