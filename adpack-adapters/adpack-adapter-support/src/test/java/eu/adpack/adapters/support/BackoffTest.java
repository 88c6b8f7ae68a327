package eu.adpack.adapters.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void eachWaitLiesBetweenHalfAndAllOfTheCappedExponentialStep() {
        qt().withFixedSeed(42).forAll(longs().between(1, 5_000), integers().between(1, 60), longs().all())
                .checkAssert((initialMs, retry, seed) -> {
                    Duration max = Duration.ofSeconds(30);
                    Backoff backoff = new Backoff(Duration.ofMillis(initialMs), max, seed);
                    double step = Math.min(max.toNanos(), initialMs * 1_000_000.0 * Math.pow(2, retry - 1));
                    long wait = backoff.delay(retry).toNanos();
                    assertThat(wait).isBetween((long) (step / 2) - 1, (long) step);
                });
    }

    @Test
    void theSameSeedGivesTheSameWaits() {
        Backoff a = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10), 5);
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10), 5);
        for (int i = 1; i < 10; i++) {
            assertThat(a.delay(i)).isEqualTo(b.delay(i));
        }
    }
}
