package eu.adpack.adapters.support;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Exponential backoff with "equal jitter": the n-th retry waits between half and all of {@code initial * 2^(n-1)},
 * capped; half is kept so that waits still grow, the random half spreads clients that failed together.
 */
final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final SplittableRandom random;

    Backoff(Duration initial, Duration max, long seed) {
        this.initial = initial;
        this.max = max;
        this.random = new SplittableRandom(seed);
    }

    /** Returns the wait before retry number {@code retry} (1 for the first retry). */
    synchronized Duration delay(int retry) {
        long initialNanos = initial.toNanos();
        if (initialNanos == 0) {
            return Duration.ZERO;
        }
        int shift = Math.min(retry - 1, 40);
        long ceiling = initialNanos > (max.toNanos() >> shift) ? max.toNanos() : initialNanos << shift;
        long half = ceiling / 2;
        return Duration.ofNanos(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }

    Duration max() {
        return max;
    }
}
