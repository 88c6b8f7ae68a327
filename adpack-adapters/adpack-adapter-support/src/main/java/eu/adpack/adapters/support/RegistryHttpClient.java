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
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
                // Retries and redirects are ours: the built-in ones would bypass the budget, the jitter and the
                // https-only rule.
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(settings.userAgent())
                .build();
        this.rateLimit = new TokenBucket(settings.requestsPerSecond(), settings.burst(), settings.clock(),
                settings.sleeper());
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff(), settings.randomSeed());
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

    private <T> T call(URI uri, Map<String, String> headers, BodyParser<T> parser, boolean stream) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(headers, "headers");
        checkScheme(uri);
        calls.incrementAndGet();
        String shown = redact(uri);
        long start = settings.clock().millis();
        long deadline = start + settings.totalTimeout().toMillis();
        Duration retryAfter = null;
        String lastFailure = "no attempt made";
        Throwable lastCause = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            if (attempt > 1) {
                Duration wait = retryAfter != null ? min(retryAfter, backoff.max()) : backoff.delay(attempt - 1);
                if (settings.clock().millis() + wait.toMillis() >= deadline) {
                    throw unavailable(shown, "gave up after " + (attempt - 1) + " attempt(s): waiting " + wait.toMillis()
                            + " ms more would exceed the total timeout of " + settings.totalTimeout().toMillis()
                            + " ms; last failure: " + lastFailure, lastCause);
                }
                LOG.debug("{} GET {}: {}; retry {}/{} in {} ms", source, shown, lastFailure, attempt - 1,
                        settings.maxAttempts() - 1, wait.toMillis());
                pause(wait, shown);
                retries.incrementAndGet();
            }
            pause(rateLimit.reserve(), shown);
            long remaining = deadline - settings.clock().millis();
            if (remaining <= 0) {
                throw unavailable(shown, "gave up after " + (attempt - 1) + " attempt(s): total timeout of "
                        + settings.totalTimeout().toMillis() + " ms exceeded; last failure: " + lastFailure, lastCause);
            }
            retryAfter = null;
            Cached cached = cache == null || stream ? null : cache.getIfPresent(uri.toString());
            Answer answer;
            try {
                attempts.incrementAndGet();
                answer = execute(uri, headers, cached, Math.min(remaining, settings.responseTimeout().toMillis()),
                        deadline, stream ? shown : null);
            } catch (TooLargeException e) {
                throw unavailable(shown, e.getMessage(), null);
            } catch (SSLException e) {
                throw unavailable(shown, "TLS failed: " + redact(e.getMessage(), headers), e);
            } catch (IOException e) {
                connectionErrors.incrementAndGet();
                lastFailure = e.getClass().getSimpleName() + ": " + redact(e.getMessage(), headers);
                lastCause = e;
                continue;
            }
            int status = answer.status;
            if (status == 304 && cached != null) {
                notModified.incrementAndGet();
                answer = new Answer(200, cached.body, null, cached.contentType, cached.etag, cached.lastModified,
                        null);
                status = 200;
            }
            if (status >= 200 && status < 300) {
                try {
                    T value = parser.parse(answer.stream != null ? answer.stream
                            : new ByteArrayInputStream(answer.body), answer.contentType);
                    if (cache != null && answer.body != null && (answer.etag != null || answer.lastModified != null)) {
                        cache.put(uri.toString(),
                                new Cached(answer.body, answer.contentType, answer.etag, answer.lastModified));
                    }
                    return value;
                } catch (MalformedResponseException | IOException e) {
                    if (cache != null) {
                        // A cached body that no longer parses must not be confirmed by the next 304.
                        cache.invalidate(uri.toString());
                    }
                    malformedBodies.incrementAndGet();
                    lastFailure = "malformed body: " + redact(e.getMessage(), headers);
                    lastCause = e;
                    continue;
                }
            }
            if (status == 429 || status == 408 || (status >= 500 && status != 501 && status != 505)) {
                if (status == 429) {
                    tooManyRequests.incrementAndGet();
                } else {
                    serverErrors.incrementAndGet();
                }
                retryAfter = retryAfter(answer.retryAfter);
                lastFailure = "status " + status;
                lastCause = null;
                continue;
            }
            throw unavailable(shown, "refused with status " + status + (status == 401 || status == 403
                    ? " (check the API key configured for " + source + ")" : "") + snippet(answer.body, headers),
                    null);
        }
        throw unavailable(shown, "gave up after " + settings.maxAttempts() + " attempts; last failure: " + lastFailure,
                lastCause);
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

    /** Sends one request; with {@code streamOf} (the URI as shown) a successful body is handed out open. */
    private Answer execute(URI uri, Map<String, String> headers, Cached cached, long timeoutMillis, long deadline,
            String streamOf) throws IOException {
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
        return new Answer(status, body, stream, entity == null || entity.getContentType() == null ? ""
                : entity.getContentType(), value(response, "ETag"), value(response, "Last-Modified"),
                value(response, "Retry-After"));
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

    /**
     * Reads a {@code Retry-After} value: delay in seconds, or an HTTP date.
     *
     * @return the delay, or null if absent or unreadable (the backoff then applies)
     */
    Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String v = header.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return backoff.max();
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(settings.clock().instant(), at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            LOG.debug("{}: ignoring unreadable Retry-After '{}'", source, v);
            return null;
        }
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

    /** An answer: its body read ({@code body}) or, for a stream handed out, still on the wire ({@code stream}). */
    private record Answer(int status, byte[] body, InputStream stream, String contentType, String etag,
            String lastModified, String retryAfter) {
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
    }
}
