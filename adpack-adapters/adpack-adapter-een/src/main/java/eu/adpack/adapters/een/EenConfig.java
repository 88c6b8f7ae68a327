package eu.adpack.adapters.een;

import eu.adpack.adapters.support.HttpSettings;
import eu.adpack.adapters.support.Secret;
import eu.adpack.core.geo.Country;
import eu.adpack.core.profile.ProfileStatus;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.source.SourceQuery;
import eu.adpack.core.taxonomy.Taxonomies;
import java.net.URI;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The settings of an {@link EenSource}: where the registry is, the API key (from configuration, never from code),
 * the page size, whether personal contact data is kept, and the HTTP settings.
 *
 * <p>Defaults: page size 100, personal data dropped, HTTPS only, the bundled taxonomies. Immutable and thread-safe.
 */
public final class EenConfig {
    /** The query parameters the adapter sets on each request; a base URL may not set them itself. */
    private static final Set<String> ADAPTER_PARAMETERS = Set.of("PageIndex", "PageSize", "ProfileTypes",
            "ProfileStatuses", "Countries", "ComparisonDate", "FromDate", "ToDate", "SortOrder");

    /** The largest page the EEN API serves. */
    public static final int MAX_PAGE_SIZE = 200;

    private final URI baseUrl;
    private final Supplier<String> apiKey;
    private final int pageSize;
    private final boolean keepPersonalData;
    private final HttpSettings http;
    private final Taxonomies taxonomies;
    private final Clock clock;
    private final SourceQuery restriction;

    private EenConfig(Builder b) {
        restriction = b.restriction.build();
        baseUrl = b.baseUrl;
        apiKey = b.apiKey;
        pageSize = b.pageSize;
        keepPersonalData = b.keepPersonalData;
        http = b.http.toBuilder().insecureHttpAllowed(b.insecureHttp).sensitiveHeader("X-API-KEY").build();
        taxonomies = b.taxonomies == null ? Taxonomies.bundled() : b.taxonomies;
        clock = b.clock;
    }

    /**
     * Returns a builder with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the API's base address, the part before {@code /profiles}, if set */
    public Optional<URI> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /** @return the supplier of the API key, if set; its {@code toString()} never shows the key */
    Optional<Supplier<String>> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    /** @return how many profiles a page holds */
    public int pageSize() {
        return pageSize;
    }

    /** @return whether the adviser's name, phone and e-mail are kept; false by default */
    public boolean keepPersonalData() {
        return keepPersonalData;
    }

    /** @return the HTTP settings, insecure HTTP as configured here */
    public HttpSettings http() {
        return http;
    }

    /** @return the taxonomies keyword codes are checked against */
    public Taxonomies taxonomies() {
        return taxonomies;
    }

    /** @return the clock that says which profiles have expired */
    public Clock clock() {
        return clock;
    }

    /** @return the profile types every read is restricted to; empty for all */
    public Set<ProfileType> types() {
        return restriction.types();
    }

    /** @return the statuses every read is restricted to; empty for all */
    public Set<ProfileStatus> statuses() {
        return restriction.statuses();
    }

    /** @return the countries of origin every read is restricted to; empty for all */
    public Set<Country> countries() {
        return restriction.countries();
    }

    /** @return the restriction of every read as a query, which a read's query narrows */
    SourceQuery restriction() {
        return restriction;
    }

    @Override
    public String toString() {
        return "EenConfig[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "****") + ", pageSize="
                + pageSize + ", keepPersonalData=" + keepPersonalData + ", restriction=" + restriction + ", " + http + "]";
    }

    /**
     * Builds an {@link EenConfig}; setters check their values at once.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private URI baseUrl;
        private Supplier<String> apiKey;
        private int pageSize = 100;
        private boolean keepPersonalData;
        private boolean insecureHttp;
        private HttpSettings http = HttpSettings.DEFAULT;
        private Taxonomies taxonomies;
        private Clock clock = Clock.systemUTC();
        private final SourceQuery.Builder restriction = SourceQuery.builder();

        private Builder() {
        }

        /**
         * Restricts every read to profile types, e.g. a cluster that only ever wants offers; a read's query can
         * narrow this further, never widen it.
         *
         * @param values the types
         * @return this builder
         */
        public Builder types(Collection<ProfileType> values) {
            restriction.types(values);
            return this;
        }

        /**
         * Restricts every read to statuses, e.g. {@code PUBLISHED}; a read's query can narrow this further.
         *
         * @param values the statuses
         * @return this builder
         */
        public Builder statuses(Collection<ProfileStatus> values) {
            restriction.statuses(values);
            return this;
        }

        /**
         * Restricts every read to countries of origin; a read's query can narrow this further.
         *
         * @param values the countries
         * @return this builder
         */
        public Builder countries(Collection<Country> values) {
            restriction.countries(values);
            return this;
        }

        /**
         * @param url the API's base address, the part before {@code /profiles}
         * @return this builder
         * @throws IllegalArgumentException if it is not an absolute http(s) URL
         */
        public Builder baseUrl(URI url) {
            Objects.requireNonNull(url, "baseUrl");
            if (!url.isAbsolute() || !("https".equalsIgnoreCase(url.getScheme())
                    || "http".equalsIgnoreCase(url.getScheme()))) {
                throw new IllegalArgumentException("EEN base URL '" + url + "' is not valid: expected an absolute"
                        + " https URL, the part before /profiles");
            }
            if (url.getRawAuthority() == null || url.getHost() == null) {
                throw new IllegalArgumentException("EEN base URL '" + url + "' is not valid: it names no host");
            }
            if (url.getRawFragment() != null) {
                throw new IllegalArgumentException("EEN base URL '" + url + "' is not valid: a fragment (#"
                        + url.getRawFragment() + ") is never sent to a server; remove it");
            }
            if (url.getRawQuery() != null) {
                for (String pair : url.getRawQuery().split("&")) {
                    String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                    if (ADAPTER_PARAMETERS.contains(name)) {
                        throw new IllegalArgumentException("EEN base URL '" + url + "' is not valid: its query sets "
                                + name + ", which the adapter sets on each request; remove it from the base URL");
                    }
                }
            }
            String path = url.getRawPath() == null ? "" : url.getRawPath();
            String s = url.getScheme() + "://" + url.getRawAuthority()
                    + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path)
                    + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
            baseUrl = URI.create(s);
            return this;
        }

        /**
         * @param url the API's base address, the part before {@code /profiles}
         * @return this builder
         */
        public Builder baseUrl(String url) {
            URI parsed;
            try {
                parsed = URI.create(Objects.requireNonNull(url, "baseUrl").strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("EEN base URL '" + url + "' is not valid: " + e.getMessage(), e);
            }
            return baseUrl(parsed);
        }

        /**
         * Sets where the API key comes from, e.g. {@code Secret.fromEnvironment("EEN_API_KEY")} or a secrets store.
         * The supplier is asked at each request, so a rotated key is picked up.
         *
         * @param key supplies the key
         * @return this builder
         */
        public Builder apiKey(Supplier<String> key) {
            apiKey = Objects.requireNonNull(key, "apiKey");
            return this;
        }

        /**
         * Reads the API key from an environment variable.
         *
         * @param variable the variable's name
         * @return this builder
         * @throws IllegalArgumentException if the variable is not set
         */
        public Builder apiKeyFromEnvironment(String variable) {
            return apiKey(Secret.fromEnvironment(variable));
        }

        /**
         * @param size how many profiles a page holds, 1..200
         * @return this builder
         */
        public Builder pageSize(int size) {
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("EEN page size " + size + " is not valid: expected 1.."
                        + MAX_PAGE_SIZE);
            }
            pageSize = size;
            return this;
        }

        /**
         * Keeps the adviser's name, phone and e-mail; by default they are dropped on import (the intermediary
         * organisation and its partner id are always kept).
         *
         * @param keep true to keep personal contact data
         * @return this builder
         */
        public Builder keepPersonalData(boolean keep) {
            keepPersonalData = keep;
            return this;
        }

        /**
         * Allows plain {@code http://}, for a registry on loopback; it would send the API key in clear otherwise.
         *
         * @param allowed true to allow plain HTTP
         * @return this builder
         */
        public Builder insecureHttp(boolean allowed) {
            insecureHttp = allowed;
            return this;
        }

        /**
         * @param settings timeouts, retries, rate limit and cache of the HTTP client
         * @return this builder
         */
        public Builder http(HttpSettings settings) {
            http = Objects.requireNonNull(settings, "http");
            return this;
        }

        /**
         * @param value the taxonomies keyword codes are checked against; the bundled ones by default
         * @return this builder
         */
        public Builder taxonomies(Taxonomies value) {
            taxonomies = Objects.requireNonNull(value, "taxonomies");
            return this;
        }

        /**
         * @param value the clock that says which profiles have expired
         * @return this builder
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         */
        public EenConfig build() {
            return new EenConfig(this);
        }
    }
}
