package eu.adpack.adapters.support;

import java.io.IOException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.utils.DateUtils;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.util.TimeValue;

/**
 * What may be retried, and after how long the registry asked us to wait: HttpClient's own {@link
 * DefaultHttpRequestRetryStrategy}, configured for registries. Retried: the statuses 408, 429 and every 5xx except
 * 501 and 505 (a retry cannot fix those), and every I/O failure of an idempotent request except an unknown host, no
 * route and TLS failures (timeouts, refused and dropped connections, truncated bodies are retried). {@code
 * Retry-After} is read by HttpClient, in seconds or as an HTTP date.
 *
 * <p>Only one thing differs from the HttpClient class: an HTTP date is compared with the client's configured clock
 * rather than the system clock, so waits stay testable. The loop around it (waiting through the client's sleeper,
 * exponential backoff with jitter when the registry names no delay, the total time budget of a call, retrying a body
 * that does not parse) is {@link RegistryHttpClient}'s, because HttpClient's retry executor sleeps on its own thread
 * with a constant interval, has no total budget and never sees the body parsed. Thread-safe (immutable).
 */
final class RetryPolicy extends DefaultHttpRequestRetryStrategy {
    private static final List<Integer> RETRIABLE_STATUSES = IntStream.concat(IntStream.of(408, 429),
            IntStream.rangeClosed(500, 599).filter(s -> s != 501 && s != 505)).boxed().collect(Collectors.toList());
    private static final List<Class<? extends IOException>> FINAL_IO_FAILURES = List.of(UnknownHostException.class,
            NoRouteToHostException.class, SSLException.class);

    private final Clock clock;

    RetryPolicy(Clock clock) {
        // The attempt count is the caller's (it shares the budget with the total timeout): here only the kind of
        // failure decides, so each question is asked as for the first execution.
        super(1, TimeValue.ZERO_MILLISECONDS, FINAL_IO_FAILURES, RETRIABLE_STATUSES);
        this.clock = clock;
    }

    /** Whether an answer with this status and headers is worth another attempt. */
    boolean retriable(HttpResponse response) {
        return retryRequest(response, 1, null);
    }

    /** Whether a request that failed with this I/O exception is worth another attempt. */
    boolean retriable(HttpRequest request, IOException failure) {
        return retryRequest(request, failure, 1, null);
    }

    /**
     * Returns the wait the registry asked for in {@code Retry-After}.
     *
     * @return the delay, zero for a date in the past, or null if the header is absent or unreadable (the caller's
     *     backoff then applies)
     */
    Duration retryAfter(HttpResponse response) {
        Header header = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
        if (header == null || header.getValue() == null || header.getValue().isBlank()) {
            return null;
        }
        String value = header.getValue().strip();
        Instant date = DateUtils.parseStandardDate(value);
        if (date != null) {
            Duration d = Duration.between(clock.instant(), date);
            return d.isNegative() ? Duration.ZERO : d;
        }
        if (!value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        if (value.length() > 18) {
            // Beyond a long: the caller caps every wait at its longest backoff anyway.
            return Duration.ofSeconds(Long.MAX_VALUE);
        }
        TimeValue delay = getRetryInterval(response, 1, null);
        return Duration.of(delay.getDuration(), delay.getTimeUnit().toChronoUnit());
    }
}
