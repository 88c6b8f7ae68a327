package eu.adpack.adapters.support;

import java.time.Duration;

/**
 * Waits for a while: how the client pauses between retries and under the rate limit. Tests pass one that advances a
 * fake clock instead of sleeping.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps on the calling thread. */
    Sleeper SYSTEM = duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
    };

    /**
     * Waits.
     *
     * @param duration how long; zero or negative returns at once
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
