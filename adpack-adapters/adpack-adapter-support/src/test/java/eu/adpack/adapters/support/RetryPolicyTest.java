package eu.adpack.adapters.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final FakeTime time = new FakeTime();
    private final RetryPolicy policy = new RetryPolicy(time);

    private static BasicHttpResponse response(int status, String retryAfter) {
        BasicHttpResponse r = new BasicHttpResponse(status);
        if (retryAfter != null) {
            r.setHeader("Retry-After", retryAfter);
        }
        return r;
    }

    @Test
    void retriesTheStatusesARetryCanFixAndNoOthers() {
        for (int status : new int[] {408, 429, 500, 502, 503, 504, 599}) {
            assertThat(policy.retriable(response(status, null))).as("status %d", status).isTrue();
        }
        for (int status : new int[] {200, 304, 400, 401, 403, 404, 501, 505}) {
            assertThat(policy.retriable(response(status, null))).as("status %d", status).isFalse();
        }
    }

    @Test
    void retriesTimeoutsAndCutConnectionsButNotAnUnknownHostOrTls() {
        HttpGet get = new HttpGet("https://registry.example/x");
        assertThat(policy.retriable(get, new SocketTimeoutException("slow"))).isTrue();
        assertThat(policy.retriable(get, new ConnectionClosedException("cut"))).isTrue();
        assertThat(policy.retriable(get, new UnknownHostException("registry.example"))).isFalse();
        assertThat(policy.retriable(get, new SSLHandshakeException("bad certificate"))).isFalse();
    }

    @Test
    void readsRetryAfterInSecondsAsADateAgainstTheConfiguredClockOrNotAtAll() {
        assertThat(policy.retryAfter(response(429, "7"))).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.retryAfter(response(429, "0"))).isEqualTo(Duration.ZERO);
        assertThat(policy.retryAfter(response(503, "Wed, 25 Nov 2026 12:00:30 GMT")))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.retryAfter(response(503, "Wed, 25 Nov 2026 11:00:00 GMT"))).isEqualTo(Duration.ZERO);
        assertThat(policy.retryAfter(response(503, "99999999999999999999")))
                .isEqualTo(Duration.ofSeconds(Long.MAX_VALUE));
        assertThat(policy.retryAfter(response(503, "soon"))).isNull();
        assertThat(policy.retryAfter(response(503, null))).isNull();
    }
}
