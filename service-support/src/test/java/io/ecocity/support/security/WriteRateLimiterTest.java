package io.ecocity.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WriteRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void aClientHasItsBurstThenOneWriteEverySixtyOverNSeconds() {
        WriteRateLimiter limiter = new WriteRateLimiter(3, 100, now::get);

        assertThat(limiter.take("a").remaining()).isEqualTo(2);
        assertThat(limiter.take("a").remaining()).isEqualTo(1);
        WriteRateLimiter.Decision third = limiter.take("a");
        assertThat(third.allowed()).isTrue();
        assertThat(third.remaining()).isZero();
        assertThat(third.resetSeconds()).isEqualTo(60);

        WriteRateLimiter.Decision refused = limiter.take("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(20);
        assertThat(limiter.take("b").allowed()).as("another client has its own budget").isTrue();

        now.addAndGet(19_999_000_000L);
        assertThat(limiter.take("a").allowed()).as("a token takes 20 s to come back").isFalse();
        now.addAndGet(1_000_000L);
        assertThat(limiter.take("a").allowed()).isTrue();
        assertThat(limiter.take("a").allowed()).isFalse();
    }

    @Test
    void theClientsTrackedAreBoundedIdleOnesForgottenFirst() {
        WriteRateLimiter limiter = new WriteRateLimiter(2, 3, now::get);
        limiter.take("busy");
        limiter.take("busy");
        for (int i = 0; i < 1_000; i++) {
            limiter.take("client-" + i);
        }
        assertThat(limiter.clients()).isLessThanOrEqualTo(3);
    }
}
