package eu.adpack.adapters.support;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The settings of a {@link RegistryHttpClient}: timeouts, retry budget, rate limit, response size limit, cache and
 * transport security, with defaults fit for a public registry over HTTPS.
 *
 * <p>Retries are bounded twice: by {@link Builder#maxAttempts(int) attempts} and by the {@link
 * Builder#totalTimeout(Duration) total time} a call may take, waits included. The clock, sleeper and random seed
 * are injectable so that tests run deterministically without real waiting. Immutable and thread-safe.
 */
public final class HttpSettings {
    /** The defaults: HTTPS only, 5 attempts within 2 minutes, 10 requests per second, 16 MiB responses. */
    public static final HttpSettings DEFAULT = builder().build();

    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final Duration totalTimeout;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double requestsPerSecond;
    private final int burst;
    private final long maxResponseBytes;
    private final int maxConnections;
    private final Duration cacheTtl;
    private final long cacheMaxBytes;
    private final boolean insecureHttpAllowed;
    private final String userAgent;
    private final Set<String> sensitiveHeaders;
    private final Set<String> sensitiveQueryParameters;
    private final Clock clock;
    private final Sleeper sleeper;
    private final long randomSeed;

    private HttpSettings(Builder b) {
        connectTimeout = b.connectTimeout;
        responseTimeout = b.responseTimeout;
        totalTimeout = b.totalTimeout;
        maxAttempts = b.maxAttempts;
        initialBackoff = b.initialBackoff;
        maxBackoff = b.maxBackoff;
        requestsPerSecond = b.requestsPerSecond;
        burst = b.burst;
        maxResponseBytes = b.maxResponseBytes;
        maxConnections = b.maxConnections;
        cacheTtl = b.cacheTtl;
        cacheMaxBytes = b.cacheMaxBytes;
        insecureHttpAllowed = b.insecureHttpAllowed;
        userAgent = b.userAgent;
        sensitiveHeaders = Set.copyOf(b.sensitiveHeaders);
        sensitiveQueryParameters = Set.copyOf(b.sensitiveQueryParameters);
        clock = b.clock;
        sleeper = b.sleeper;
        randomSeed = b.randomSeed;
    }

    /**
     * Returns a builder with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with these settings, to change a few of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.connectTimeout = connectTimeout;
        b.responseTimeout = responseTimeout;
        b.totalTimeout = totalTimeout;
        b.maxAttempts = maxAttempts;
        b.initialBackoff = initialBackoff;
        b.maxBackoff = maxBackoff;
        b.requestsPerSecond = requestsPerSecond;
        b.burst = burst;
        b.maxResponseBytes = maxResponseBytes;
        b.maxConnections = maxConnections;
        b.cacheTtl = cacheTtl;
        b.cacheMaxBytes = cacheMaxBytes;
        b.insecureHttpAllowed = insecureHttpAllowed;
        b.userAgent = userAgent;
        b.sensitiveHeaders.addAll(sensitiveHeaders);
        b.sensitiveQueryParameters.addAll(sensitiveQueryParameters);
        b.clock = clock;
        b.sleeper = sleeper;
        b.randomSeed = randomSeed;
        return b;
    }

    /** @return how long establishing a connection may take */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return how long the server may stay silent while answering one attempt */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    /** @return how long one call may take in all, retries and waits included */
    public Duration totalTimeout() {
        return totalTimeout;
    }

    /** @return how many attempts one call may make, the first included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the wait before the first retry; each further retry doubles it */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return the longest wait between two attempts, a server's {@code Retry-After} included */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return the client-side limit of requests per second; zero for none */
    public double requestsPerSecond() {
        return requestsPerSecond;
    }

    /** @return how many requests may go at once before the rate limit applies */
    public int burst() {
        return burst;
    }

    /** @return the largest response body accepted, in bytes */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /** @return the size of the connection pool */
    public int maxConnections() {
        return maxConnections;
    }

    /** @return how long a cached response is kept for conditional requests */
    public Duration cacheTtl() {
        return cacheTtl;
    }

    /** @return the bound of the cache in bytes of bodies; zero disables the cache */
    public long cacheMaxBytes() {
        return cacheMaxBytes;
    }

    /** @return whether plain {@code http://} is allowed (for loopback tests); false by default */
    public boolean insecureHttpAllowed() {
        return insecureHttpAllowed;
    }

    /** @return the {@code User-Agent} sent */
    public String userAgent() {
        return userAgent;
    }

    /** @return the lower-case names of headers whose values are never logged */
    public Set<String> sensitiveHeaders() {
        return sensitiveHeaders;
    }

    /** @return the names of query parameters whose values are never logged */
    public Set<String> sensitiveQueryParameters() {
        return sensitiveQueryParameters;
    }

    /** @return the clock for deadlines, {@code Retry-After} dates and the rate limit */
    public Clock clock() {
        return clock;
    }

    /** @return how the client waits between attempts */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** @return the seed of the backoff jitter */
    public long randomSeed() {
        return randomSeed;
    }

    @Override
    public String toString() {
        return "HttpSettings[connect=" + connectTimeout + ", response=" + responseTimeout + ", total=" + totalTimeout
                + ", attempts=" + maxAttempts + ", backoff=" + initialBackoff + ".." + maxBackoff + ", rate="
                + requestsPerSecond + "/s burst " + burst + ", maxResponseBytes=" + maxResponseBytes + ", cache="
                + cacheTtl + "/" + cacheMaxBytes + "B, insecureHttp=" + insecureHttpAllowed + "]";
    }

    /**
     * Builds {@link HttpSettings}; every setter checks its value at once.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(30);
        private Duration totalTimeout = Duration.ofMinutes(2);
        private int maxAttempts = 5;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private double requestsPerSecond = 10;
        private int burst = 5;
        private long maxResponseBytes = 16L << 20;
        private int maxConnections = 8;
        private Duration cacheTtl = Duration.ofMinutes(10);
        private long cacheMaxBytes = 32L << 20;
        private boolean insecureHttpAllowed;
        private String userAgent = "AdPack (+https://github.com/adpack/adpack)";
        private final Set<String> sensitiveHeaders = new TreeSet<>(Set.of("authorization", "x-api-key"));
        private final Set<String> sensitiveQueryParameters = new TreeSet<>(Set.of("api_key", "api_token", "token"));
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private long randomSeed = System.nanoTime();

        private Builder() {
        }

        private static Duration positive(Duration d, String what) {
            Objects.requireNonNull(d, what);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " " + d + " is not valid: expected a positive duration");
            }
            return d;
        }

        /**
         * @param timeout how long establishing a connection may take
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * @param timeout how long the server may stay silent while answering one attempt
         * @return this builder
         */
        public Builder responseTimeout(Duration timeout) {
            responseTimeout = positive(timeout, "responseTimeout");
            return this;
        }

        /**
         * @param timeout how long one call may take in all, retries and waits included
         * @return this builder
         */
        public Builder totalTimeout(Duration timeout) {
            totalTimeout = positive(timeout, "totalTimeout");
            return this;
        }

        /**
         * @param attempts how many attempts one call may make, the first included (1 disables retries)
         * @return this builder
         */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1 || attempts > 100) {
                throw new IllegalArgumentException("maxAttempts " + attempts + " is not valid: expected 1..100");
            }
            maxAttempts = attempts;
            return this;
        }

        /**
         * Sets the exponential backoff: the first retry waits about {@code initial}, each further one twice as long,
         * never more than {@code max}; a random jitter spreads the waits of concurrent clients.
         *
         * @param initial the wait before the first retry (zero allowed, for tests)
         * @param max the longest wait, also the cap of a server's {@code Retry-After}
         * @return this builder
         */
        public Builder backoff(Duration initial, Duration max) {
            Objects.requireNonNull(initial, "initial");
            Objects.requireNonNull(max, "max");
            if (initial.isNegative() || max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("backoff " + initial + ".." + max
                        + " is not valid: expected 0 <= initial <= max");
            }
            initialBackoff = initial;
            maxBackoff = max;
            return this;
        }

        /**
         * Sets the client-side rate limit (a token bucket).
         *
         * @param perSecond requests per second; zero for no limit
         * @param burstSize how many requests may go at once
         * @return this builder
         */
        public Builder rateLimit(double perSecond, int burstSize) {
            if (!(perSecond >= 0) || Double.isInfinite(perSecond) || burstSize < 1) {
                throw new IllegalArgumentException("rate limit " + perSecond + "/s burst " + burstSize
                        + " is not valid: expected a rate >= 0 and a burst >= 1");
            }
            requestsPerSecond = perSecond;
            burst = burstSize;
            return this;
        }

        /**
         * @param bytes the largest response body accepted
         * @return this builder
         */
        public Builder maxResponseBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxResponseBytes " + bytes + " is not valid: expected >= 1");
            }
            maxResponseBytes = bytes;
            return this;
        }

        /**
         * @param connections the size of the connection pool
         * @return this builder
         */
        public Builder maxConnections(int connections) {
            if (connections < 1) {
                throw new IllegalArgumentException("maxConnections " + connections + " is not valid: expected >= 1");
            }
            maxConnections = connections;
            return this;
        }

        /**
         * Sets the cache that lets repeated requests be conditional ({@code If-None-Match}, {@code If-Modified-Since}).
         *
         * @param ttl how long a response is kept
         * @param maxBytes the bound in bytes of bodies; zero disables the cache
         * @return this builder
         */
        public Builder cache(Duration ttl, long maxBytes) {
            positive(ttl, "cacheTtl");
            if (maxBytes < 0) {
                throw new IllegalArgumentException("cache size " + maxBytes + " is not valid: expected >= 0");
            }
            cacheTtl = ttl;
            cacheMaxBytes = maxBytes;
            return this;
        }

        /**
         * Allows plain {@code http://}; meant for a registry on loopback, since over a network it would send the API
         * key in clear.
         *
         * @param allowed true to allow plain HTTP
         * @return this builder
         */
        public Builder insecureHttpAllowed(boolean allowed) {
            insecureHttpAllowed = allowed;
            return this;
        }

        /**
         * @param agent the {@code User-Agent} to send
         * @return this builder
         */
        public Builder userAgent(String agent) {
            Objects.requireNonNull(agent, "userAgent");
            if (agent.isBlank()) {
                throw new IllegalArgumentException("userAgent is blank");
            }
            userAgent = agent;
            return this;
        }

        /**
         * Adds a header whose value is never logged (besides {@code Authorization} and {@code X-API-KEY}).
         *
         * @param name the header's name
         * @return this builder
         */
        public Builder sensitiveHeader(String name) {
            sensitiveHeaders.add(name.toLowerCase(Locale.ROOT));
            return this;
        }

        /**
         * Adds a query parameter whose value is never logged (besides {@code api_key}, {@code api_token}, {@code
         * token}).
         *
         * @param name the parameter's name
         * @return this builder
         */
        public Builder sensitiveQueryParameter(String name) {
            sensitiveQueryParameters.add(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * @param value the clock for deadlines, {@code Retry-After} dates and the rate limit
         * @return this builder
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param value how the client waits between attempts
         * @return this builder
         */
        public Builder sleeper(Sleeper value) {
            sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /**
         * @param seed the seed of the backoff jitter, for reproducible runs
         * @return this builder
         */
        public Builder randomSeed(long seed) {
            randomSeed = seed;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         */
        public HttpSettings build() {
            return new HttpSettings(this);
        }
    }
}
