package io.ecocity.support.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client: {@code capacity} writes, refilled continuously over a minute. The map of clients is
 * bounded; idle (full) buckets are forgotten first.
 */
@ApplicationScoped
public class WriteRateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    /** The outcome for one request, with what the RateLimit headers say. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private final int capacity;
    private final int maxClients;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public WriteRateLimiter(SecuritySettings settings) {
        this(settings.rateLimit().writesPerMinute(), settings.rateLimit().maxClients(), System::nanoTime);
    }

    WriteRateLimiter(int capacity, int maxClients, LongSupplier clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("ecocity.security.rate-limit.writes-per-minute must be at least 1");
        }
        this.capacity = capacity;
        this.maxClients = Math.max(1, maxClients);
        this.clock = clock;
    }

    public Decision take(String client) {
        long now = clock.getAsLong();
        if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
            forgetIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, capacity);
            long nanosPerToken = MINUTE_NANOS / capacity;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                int remaining = (int) Math.floor(bucket.tokens);
                return new Decision(true, capacity, remaining, secondsUntilFull(bucket, nanosPerToken), 0);
            }
            long retryAfter = ceilSeconds((long) ((1 - bucket.tokens) * nanosPerToken));
            return new Decision(false, capacity, 0, secondsUntilFull(bucket, nanosPerToken), Math.max(1, retryAfter));
        }
    }

    int clients() {
        return buckets.size();
    }

    private long secondsUntilFull(Bucket bucket, long nanosPerToken) {
        return ceilSeconds((long) ((capacity - bucket.tokens) * nanosPerToken));
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    private void forgetIdle(long now) {
        for (Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
            Bucket bucket = it.next().getValue();
            synchronized (bucket) {
                bucket.refill(now, capacity);
                if (bucket.tokens >= capacity) {
                    it.remove();
                }
            }
        }
        // every client busy: forget arbitrary ones rather than grow without bound (they start again full)
        for (Iterator<String> it = buckets.keySet().iterator(); buckets.size() >= maxClients && it.hasNext(); ) {
            it.next();
            it.remove();
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updated = now;
        }

        void refill(long now, int capacity) {
            long elapsed = now - updated;
            if (elapsed > 0) {
                tokens = Math.min(capacity, tokens + (double) elapsed * capacity / MINUTE_NANOS);
                updated = now;
            }
        }
    }
}
