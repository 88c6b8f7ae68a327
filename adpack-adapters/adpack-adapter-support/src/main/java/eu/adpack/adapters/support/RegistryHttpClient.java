package eu.adpack.adapters.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.adpack.core.source.RegistryUnavailableException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP client for one registry: pooled connections, timeouts, retries with exponential backoff and jitter on
 * connection errors, 429 and 5xx (honouring {@code Retry-After} in seconds or as an HTTP date), a client-side rate
 * limit, a response size limit, and a cache that makes repeated requests conditional ({@code ETag}, {@code
 * Last-Modified}). A large document can be read from the connection as a stream ({@link #open(URI, Map)}) instead of
 * being held in memory.
 *
 * <p>Plain {@code http://} is refused unless the settings allow it. Values of sensitive headers and query parameters
 * (API keys) never appear in logs or exception messages. Retries are bounded by the number of attempts and by the
 * total time of a call. The client starts no thread of its own. Thread-safe; close it to free its connections.
 */
public final class RegistryHttpClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryHttpClient.class);
    private static final int ERROR_SNIPPET = 200;

    private final String source;
    private final HttpSettings settings;
    private final PoolingHttpClientConnectionManager connections;
    private final CloseableHttpClient http;
    private final TokenBucket rateLimit;
    private final Backoff backoff;
    private final RetryPolicy retryPolicy;
    private final Cache<String, Cached> cache;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong tooManyRequests = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong connectionErrors = new AtomicLong();
    private final AtomicLong malformedBodies = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();
    private final AtomicLong bytesReceived = new AtomicLong();
    private final AtomicLong waitedMillis = new AtomicLong();

    private RegistryHttpClient(String source, HttpSettings settings) {
        this.source = source;
        this.settings = settings;
        this.connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                        .build())
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(settings.totalTimeout()))
                        .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                        .build())
                // HttpClient's retry strategy decides what is retried (RetryPolicy), but the loop is ours: its retry
                // executor would sleep outside the budget and the sleeper, and never see a body that does not
                // parse. Redirects are refused: one could leave https.
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(settings.userAgent())
                .build();
        this.rateLimit = new TokenBucket(settings.requestsPerSecond(), settings.burst(), settings.clock(),
                settings.sleeper());
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff(), settings.randomSeed());
        this.retryPolicy = new RetryPolicy(settings.clock());
        this.cache = settings.cacheMaxBytes() == 0 ? null : Caffeine.newBuilder()
                .expireAfterWrite(settings.cacheTtl())
                .maximumWeight(settings.cacheMaxBytes())
                .weigher((String key, Cached value) -> value.body.length + key.length())
                // Maintenance runs on the caller's thread: no pool of our own, none borrowed.
                .executor(Runnable::run)
                .ticker(() -> settings.clock().millis() * 1_000_000L)
                .build();
    }

    /**
     * Creates a client.
     *
     * @param source the name of the source using it, shown in messages (e.g. {@code een})
     * @param settings timeouts, retries, limits
     * @return a new client; close it when done
     */
    public static RegistryHttpClient create(String source, HttpSettings settings) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(settings, "settings");
        return new RegistryHttpClient(source, settings);
    }

    /**
     * Returns the settings of this client.
     *
     * @return the settings
     */
    public HttpSettings settings() {
        return settings;
    }

    /**
     * Fetches a resource and returns its body.
     *
     * @param uri the resource
     * @param headers request headers (values of sensitive ones are never logged)
     * @return the body
     * @throws RegistryUnavailableException when the registry fails beyond the retry budget or refuses the request
     * @throws IllegalArgumentException if the URI is plain {@code http://} and that is not allowed
     */
    public byte[] get(URI uri, Map<String, String> headers) {
        return get(uri, headers, (body, type) -> body.readAllBytes());
    }

    /**
     * Fetches a resource and parses its body; a body the parser cannot read is retried like a server error.
     *
     * @param <T> the parsed value
     * @param uri the resource
     * @param headers request headers (values of sensitive ones are never logged)
     * @param parser reads the body
     * @return the parsed body
     * @throws RegistryUnavailableException when the registry fails beyond the retry budget or refuses the request
     * @throws IllegalArgumentException if the URI is plain {@code http://} and that is not allowed
     */
    public <T> T get(URI uri, Map<String, String> headers, BodyParser<T> parser) {
        Objects.requireNonNull(parser, "parser");
        return call(uri, headers, parser, false);
    }

    /**
     * Opens a resource's body as a stream, for documents too large to hold in memory (e.g. a whole legacy feed).
     * Failures are retried, as by {@link #get(URI, Map)}, until the body starts; from then on the caller reads the
     * live connection: the size limit is enforced while reading (a {@link RegistryUnavailableException} from the read
     * that passes it), each read waits at most the response timeout, and a connection cut mid-way surfaces as an
     * {@link IOException} from the stream. The cache is not used. Close the stream to free the connection.
     *
     * @param uri the resource
     * @param headers request headers (values of sensitive ones are never logged)
     * @return the body, open; close it when done
     * @throws RegistryUnavailableException when the registry fails beyond the retry budget or refuses the request
     * @throws IllegalArgumentException if the URI is plain {@code http://} and that is not allowed
     */
    public InputStream open(URI uri, Map<String, String> headers) {
        return call(uri, headers, (body, type) -> body, true);
    }

    /**
     * One call: attempts until one succeeds or the budget is spent. What may be retried and the {@code Retry-After}
     * delay come from HttpClient's retry strategy ({@link RetryPolicy}); the budget (attempts and total time), the
     * backoff with jitter and the retry of an unparsable body are kept here, since HttpClient has none of them.
     */
    private <T> T call(URI uri, Map<String, String> headers, BodyParser<T> parser, boolean stream) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(headers, "headers");
        checkScheme(uri);
        calls.incrementAndGet();
        Budget budget = new Budget(redact(uri));
        while (true) {
            long remaining = budget.beforeAttempt();
            try {
                return attempt(uri, headers, parser, stream ? budget.shown : null, remaining, budget.deadline);
            } catch (Retry retry) {
                budget.last = retry;
            }
        }
    }

    /** One attempt: a value, a {@link Retry} for a failure worth retrying, or the final refusal. */
    private <T> T attempt(URI uri, Map<String, String> headers, BodyParser<T> parser, String streamOf,
            long remaining, long deadline) throws Retry {
        String shown = redact(uri);
        Cached cached = cache == null || streamOf != null ? null : cache.getIfPresent(uri.toString());
        HttpGet get = request(uri, headers, cached, Math.min(remaining, settings.responseTimeout().toMillis()));
        Answer answer;
        try {
            answer = execute(uri, get, deadline, streamOf);
        } catch (TooLargeException e) {
            throw unavailable(shown, e.getMessage(), null);
        } catch (IOException e) {
            String failure = e.getClass().getSimpleName() + ": " + redact(e.getMessage(), headers);
            if (!retryPolicy.retriable(get, e)) {
                throw unavailable(shown, (e instanceof SSLException ? "TLS failed: " + redact(e.getMessage(), headers)
                        : "failed: " + failure), e);
            }
            connectionErrors.incrementAndGet();
            throw new Retry(failure, e, null);
        }
        if (answer.status == 304 && cached != null) {
            notModified.incrementAndGet();
            answer = cached.answer();
        }
        if (answer.status >= 200 && answer.status < 300) {
            return parse(uri, answer, parser, headers);
        }
        if (retryPolicy.retriable(answer.head)) {
            (answer.status == 429 ? tooManyRequests : serverErrors).incrementAndGet();
            throw new Retry("status " + answer.status, null, retryPolicy.retryAfter(answer.head));
        }
        throw unavailable(shown, "refused with status " + answer.status + (answer.status == 401
                || answer.status == 403 ? " (check the API key configured for " + source + ")" : "")
                + snippet(answer.body, headers), null);
    }

    private <T> T parse(URI uri, Answer answer, BodyParser<T> parser, Map<String, String> headers) throws Retry {
        try {
            T value = parser.parse(answer.stream != null ? answer.stream : new ByteArrayInputStream(answer.body),
                    answer.contentType);
            if (cache != null && answer.body != null && (answer.etag != null || answer.lastModified != null)) {
                cache.put(uri.toString(), new Cached(answer.body, answer.contentType, answer.etag,
                        answer.lastModified));
            }
            return value;
        } catch (MalformedResponseException | IOException e) {
            if (cache != null) {
                // A cached body that no longer parses must not be confirmed by the next 304.
                cache.invalidate(uri.toString());
            }
            malformedBodies.incrementAndGet();
            throw new Retry("malformed body: " + redact(e.getMessage(), headers), e, null);
        }
    }

    private void checkScheme(URI uri) {
        String scheme = uri.getScheme();
        if ("https".equalsIgnoreCase(scheme)) {
            return;
        }
        if ("http".equalsIgnoreCase(scheme)) {
            if (settings.insecureHttpAllowed()) {
                return;
            }
            throw new IllegalArgumentException(source + ": " + redact(uri) + " is plain http, which would send the API"
                    + " key in clear: use https, or allow insecure http for a registry on loopback");
        }
        throw new IllegalArgumentException(source + ": " + redact(uri) + " is not an http(s) URL");
    }

    private HttpGet request(URI uri, Map<String, String> headers, Cached cached, long timeoutMillis) {
        HttpGet get = new HttpGet(uri);
        get.setConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.ofMilliseconds(Math.max(1, timeoutMillis)))
                .setConnectionRequestTimeout(Timeout.ofMilliseconds(Math.max(1, timeoutMillis)))
                .build());
        headers.forEach(get::setHeader);
        if (cached != null) {
            if (cached.etag != null) {
                get.setHeader("If-None-Match", cached.etag);
            }
            if (cached.lastModified != null) {
                get.setHeader("If-Modified-Since", cached.lastModified);
            }
        }
        return get;
    }

    /** Sends one request; with {@code streamOf} (the URI as shown) a successful body is handed out open. */
    private Answer execute(URI uri, HttpGet get, long deadline, String streamOf) throws IOException {
        ClassicHttpResponse response = http.executeOpen(HttpHost.create(uri), get, null);
        boolean handedOut = false;
        try {
            Answer answer = read(response, deadline, streamOf);
            handedOut = answer.stream != null;
            return answer;
        } finally {
            if (!handedOut) {
                response.close();
            }
        }
    }

    private Answer read(ClassicHttpResponse response, long deadline, String streamOf) throws IOException {
        int status = response.getCode();
        HttpEntity entity = response.getEntity();
        byte[] body = new byte[0];
        InputStream stream = null;
        boolean success = status >= 200 && status < 300;
        if (entity != null) {
            long declared = entity.getContentLength();
            long limit = success ? settings.maxResponseBytes() : ERROR_SNIPPET * 4L;
            if (success && declared > limit) {
                response.close();
                throw new TooLargeException("response of " + declared + " bytes exceeds the limit of " + limit
                        + " bytes");
            }
            if (success && streamOf != null) {
                stream = new BoundedStream(entity.getContent(), limit, streamOf, response);
                body = null;
            } else {
                body = readBounded(entity.getContent(), limit, success, deadline, response);
                bytesReceived.addAndGet(body.length);
            }
        }
        return new Answer(status, response, body, stream, entity == null || entity.getContentType() == null ? ""
                : entity.getContentType(), value(response, "ETag"), value(response, "Last-Modified"));
    }

    private byte[] readBounded(InputStream in, long limit, boolean enforce, long deadline,
            ClassicHttpResponse response) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (out.size() + (long) n > limit) {
                    if (!enforce) {
                        out.write(buffer, 0, (int) (limit - out.size()));
                        response.close();
                        return out.toByteArray();
                    }
                    response.close();
                    throw new TooLargeException("response exceeds the limit of " + limit + " bytes");
                }
                out.write(buffer, 0, n);
                if (settings.clock().millis() > deadline) {
                    response.close();
                    throw new SocketTimeoutException("body still arriving when the total timeout of "
                            + settings.totalTimeout().toMillis() + " ms ran out");
                }
            }
        }
        return out.toByteArray();
    }

    private static String value(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    private void pause(Duration wait, String shown) {
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        try {
            settings.sleeper().sleep(wait);
            waitedMillis.addAndGet(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(shown, "interrupted while waiting to retry", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private String snippet(byte[] body, Map<String, String> headers) {
        if (body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, ERROR_SNIPPET), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "" : ": " + redact(text, headers);
    }

    private String redact(String text, Map<String, String> headers) {
        if (text == null) {
            return "";
        }
        String result = text;
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (settings.sensitiveHeaders().contains(h.getKey().toLowerCase(java.util.Locale.ROOT))
                    && !h.getValue().isEmpty()) {
                result = result.replace(h.getValue(), "****");
            }
        }
        return result;
    }

    /**
     * Returns a URI as it may be shown: values of sensitive query parameters replaced by {@code ****}, user info
     * dropped.
     *
     * @param uri the URI
     * @return the text to log
     */
    public String redact(URI uri) {
        String query = uri.getRawQuery();
        StringBuilder sb = new StringBuilder();
        sb.append(uri.getScheme()).append("://").append(uri.getHost());
        if (uri.getPort() >= 0) {
            sb.append(':').append(uri.getPort());
        }
        sb.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (query != null) {
            sb.append('?');
            String[] parts = query.split("&", -1);
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                int eq = p.indexOf('=');
                String name = eq < 0 ? p : p.substring(0, eq);
                sb.append(i == 0 ? "" : "&").append(
                        eq >= 0 && settings.sensitiveQueryParameters().contains(name) ? name + "=****" : p);
            }
        }
        return sb.toString();
    }

    private RegistryUnavailableException unavailable(String shown, String what, Throwable cause) {
        return new RegistryUnavailableException(source + ": GET " + shown + " " + what, cause);
    }

    /**
     * Returns what the client did so far.
     *
     * @return a snapshot of the counters
     */
    public HttpStats stats() {
        return new HttpStats(calls.get(), attempts.get(), retries.get(), tooManyRequests.get(), serverErrors.get(),
                connectionErrors.get(), malformedBodies.get(), notModified.get(), bytesReceived.get(),
                waitedMillis.get());
    }

    /** Closes the connections at once; a call in progress fails. */
    @Override
    public void close() {
        http.close(CloseMode.IMMEDIATE);
        connections.close(CloseMode.IMMEDIATE);
    }

    @Override
    public String toString() {
        return "RegistryHttpClient[" + source + ", " + settings + "]";
    }

    private static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    /**
     * An answer: its status line and headers ({@code head}), its body read ({@code body}) or, for a stream handed
     * out, still on the wire ({@code stream}).
     */
    private record Answer(int status, HttpResponse head, byte[] body, InputStream stream, String contentType,
            String etag, String lastModified) {
    }

    /** A failure worth another attempt: what failed (shown in messages) and the delay the registry asked for. */
    private static final class Retry extends Exception {
        private static final long serialVersionUID = 1L;
        private final String failure;
        private final Duration retryAfter;

        Retry(String failure, Throwable cause, Duration retryAfter) {
            super(failure, cause, false, false);
            this.failure = failure;
            this.retryAfter = retryAfter;
        }
    }

    /**
     * The budget of one call, kept by hand because HttpClient has no such thing: at most {@link
     * HttpSettings#maxAttempts()} attempts within {@link HttpSettings#totalTimeout()}, each retry after the
     * registry's {@code Retry-After} (capped by the longest backoff) or an exponential backoff with jitter, every wait
     * through the settings' sleeper and the rate limit.
     */
    private final class Budget {
        private final String shown;
        private final long deadline;
        private int made;
        private Retry last;

        Budget(String shown) {
            this.shown = shown;
            this.deadline = settings.clock().millis() + settings.totalTimeout().toMillis();
        }

        /** Waits as the last failure asks, then returns the milliseconds left; throws when the budget is spent. */
        long beforeAttempt() {
            if (made > 0) {
                if (made >= settings.maxAttempts()) {
                    throw gaveUp("gave up after " + made + " attempts");
                }
                Duration wait = last.retryAfter != null ? min(last.retryAfter, backoff.max()) : backoff.delay(made);
                if (settings.clock().millis() + wait.toMillis() >= deadline) {
                    throw gaveUp("gave up after " + made + " attempt(s): waiting " + wait.toMillis()
                            + " ms more would exceed the total timeout of " + settings.totalTimeout().toMillis()
                            + " ms");
                }
                LOG.debug("{} GET {}: {}; retry {}/{} in {} ms", source, shown, last.failure, made,
                        settings.maxAttempts() - 1, wait.toMillis());
                pause(wait, shown);
                retries.incrementAndGet();
            }
            pause(rateLimit.reserve(), shown);
            long remaining = deadline - settings.clock().millis();
            if (remaining <= 0) {
                throw gaveUp("gave up after " + made + " attempt(s): total timeout of "
                        + settings.totalTimeout().toMillis() + " ms exceeded");
            }
            made++;
            attempts.incrementAndGet();
            return remaining;
        }

        private RegistryUnavailableException gaveUp(String what) {
            return unavailable(shown, what + "; last failure: " + (last == null ? "no attempt made" : last.failure),
                    last == null ? null : last.getCause());
        }
    }

    /**
     * A body read from the live connection: counts what arrives (the size limit, the statistics) and closes the
     * response with the stream.
     */
    private final class BoundedStream extends FilterInputStream {
        private final long limit;
        private final String shown;
        private final ClassicHttpResponse response;
        private long count;

        BoundedStream(InputStream in, long limit, String shown, ClassicHttpResponse response) {
            super(in);
            this.limit = limit;
            this.shown = shown;
            this.response = response;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            bytesReceived.addAndGet(n);
            if (count > limit) {
                // Unchecked, so that readers which retry on I/O errors do not fetch a document bound to fail again.
                throw new RegistryUnavailableException(source + ": GET " + shown + " refused: the body exceeds the"
                        + " limit of " + limit + " bytes (raise HttpSettings.maxResponseBytes for larger documents)");
            }
        }

        @Override
        public void close() throws IOException {
            response.close();
        }
    }

    private record Cached(byte[] body, String contentType, String etag, String lastModified) {
        Answer answer() {
            return new Answer(200, null, body, null, contentType, etag, lastModified);
        }
    }
}
