package eu.adpack.adapters.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    @Test
    void letsTheBurstThroughThenSpacesRequestsAtTheRate() {
        FakeTime time = new FakeTime();
        TokenBucket bucket = new TokenBucket(10, 2, time, time);

        assertThat(bucket.reserve()).isEqualTo(Duration.ZERO);
        assertThat(bucket.reserve()).isEqualTo(Duration.ZERO);
        assertThat(bucket.reserve()).isEqualTo(Duration.ofMillis(100));
        assertThat(bucket.reserve()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void refillsWithTimeButNeverAboveTheBurst() {
        FakeTime time = new FakeTime();
        TokenBucket bucket = new TokenBucket(10, 2, time, time);
        bucket.reserve();
        bucket.reserve();
        time.advance(Duration.ofSeconds(60));

        assertThat(bucket.reserve()).isEqualTo(Duration.ZERO);
        assertThat(bucket.reserve()).isEqualTo(Duration.ZERO);
        assertThat(bucket.reserve()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void aZeroRateMeansNoLimit() {
        FakeTime time = new FakeTime();
        TokenBucket bucket = new TokenBucket(0, 1, time, time);
        for (int i = 0; i < 1000; i++) {
            assertThat(bucket.reserve()).isEqualTo(Duration.ZERO);
        }
    }
}
