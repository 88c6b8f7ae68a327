package eu.adpack.adapters.support;

import java.time.Clock;
import java.time.Duration;

/**
 * A token bucket: {@code rate} permits per second, at most {@code capacity} saved up. A caller reserves a permit
 * under the lock and waits outside it, so that waiting callers do not hold each other up beyond their turn.
 */
final class TokenBucket {
    private final double ratePerNano;
    private final double capacity;
    private final Clock clock;
    private final Sleeper sleeper;
    private double tokens;
    private long lastNanos;

    TokenBucket(double perSecond, int capacity, Clock clock, Sleeper sleeper) {
        this.ratePerNano = perSecond / 1e9;
        this.capacity = capacity;
        this.clock = clock;
        this.sleeper = sleeper;
        this.tokens = capacity;
        this.lastNanos = nanos();
    }

    private long nanos() {
        return clock.millis() * 1_000_000L;
    }

    /** Takes one permit and returns how long the caller must wait before using it. */
    synchronized Duration reserve() {
        if (ratePerNano == 0) {
            return Duration.ZERO;
        }
        long now = nanos();
        tokens = Math.min(capacity, tokens + (now - lastNanos) * ratePerNano);
        lastNanos = now;
        tokens -= 1;
        return tokens >= 0 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil(-tokens / ratePerNano));
    }

    void acquire() throws InterruptedException {
        sleeper.sleep(reserve());
    }
}
