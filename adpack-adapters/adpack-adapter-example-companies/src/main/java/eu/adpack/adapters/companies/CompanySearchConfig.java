package eu.adpack.adapters.companies;

import eu.adpack.adapters.support.HttpSettings;
import eu.adpack.adapters.support.Secret;
import eu.adpack.core.taxonomy.Taxonomies;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The settings of a {@link CompanySearchSource}: where the company search API is, the API token, what to search
 * for, the page size and the HTTP behaviour (timeouts, retries, rate limit).
 *
 * <p>Build one with {@link #builder()}; {@link #toBuilder()} derives a changed copy. The token is never shown by
 * {@link #toString()} and never logged. Immutable and thread-safe.
 */
public final class CompanySearchConfig {
    /** The largest page the API serves. */
    public static final int MAX_PAGE_SIZE = 100;
    /** The query parameter that carries the API token. */
    static final String TOKEN_PARAMETER = "api_token";

    private final URI baseUrl;
    private final Supplier<String> apiToken;
    private final String query;
    private final String jurisdiction;
    private final int pageSize;
    private final boolean insecureHttp;
    private final HttpSettings http;
    private final Taxonomies taxonomies;

    private CompanySearchConfig(Builder b) {
        if (b.baseUrl == null) {
            throw new IllegalArgumentException("company search: baseUrl is not set: call"
                    + " CompanySearchConfig.builder().baseUrl(…) with the part before /companies/search");
        }
        this.baseUrl = b.baseUrl;
        this.apiToken = b.apiToken;
        this.query = b.query;
        this.jurisdiction = b.jurisdiction;
        this.pageSize = b.pageSize;
        this.insecureHttp = b.insecureHttp;
        this.http = b.http.toBuilder().insecureHttpAllowed(b.insecureHttp).sensitiveQueryParameter(TOKEN_PARAMETER)
                .build();
        this.taxonomies = b.taxonomies;
    }

    /**
     * Returns a builder with the defaults documented on each setter.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding these settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.baseUrl = baseUrl;
        b.apiToken = apiToken;
        b.query = query;
        b.jurisdiction = jurisdiction;
        b.pageSize = pageSize;
        b.insecureHttp = insecureHttp;
        b.http = http;
        b.taxonomies = taxonomies;
        return b;
    }

    /** @return the API's base address, without a trailing slash */
    public URI baseUrl() {
        return baseUrl;
    }

    /** @return where the API token comes from, if one is sent */
    public Optional<Supplier<String>> apiToken() {
        return Optional.ofNullable(apiToken);
    }

    /** @return the search term, {@code q} */
    public String query() {
        return query;
    }

    /** @return the jurisdiction every search is restricted to, e.g. {@code ca_on}, if any */
    public Optional<String> jurisdiction() {
        return Optional.ofNullable(jurisdiction);
    }

    /** @return how many companies a page holds */
    public int pageSize() {
        return pageSize;
    }

    /** @return the HTTP settings, with plain HTTP allowed as configured here and the token parameter redacted */
    public HttpSettings http() {
        return http;
    }

    /** @return the taxonomies industry codes are resolved in */
    public Taxonomies taxonomies() {
        return taxonomies;
    }

    @Override
    public String toString() {
        return "CompanySearchConfig[baseUrl=" + baseUrl + ", apiToken=" + (apiToken == null ? "none" : "****")
                + ", query=" + query + ", jurisdiction=" + jurisdiction + ", pageSize=" + pageSize + ", " + http + "]";
    }

    /**
     * Builds a {@link CompanySearchConfig}; each setter checks its value at once and names itself when it refuses
     * one.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private URI baseUrl;
        private Supplier<String> apiToken;
        private String query = "*";
        private String jurisdiction;
        private int pageSize = 30;
        private boolean insecureHttp;
        private HttpSettings http = HttpSettings.DEFAULT;
        private Taxonomies taxonomies = Taxonomies.bundled();

        private Builder() {
        }

        /**
         * Sets the API's base address, the part before {@code /companies/search}. Required; no default.
         *
         * @param url an absolute http(s) URL
         * @return this builder
         * @throws IllegalArgumentException naming {@code baseUrl} if it is not an absolute http(s) URL
         */
        public Builder baseUrl(URI url) {
            Objects.requireNonNull(url, "baseUrl");
            if (!url.isAbsolute() || !("https".equalsIgnoreCase(url.getScheme())
                    || "http".equalsIgnoreCase(url.getScheme())) || url.getRawQuery() != null) {
                throw new IllegalArgumentException("company search: baseUrl '" + url + "' is not valid: expected an"
                        + " absolute https URL without a query, the part before /companies/search");
            }
            String s = url.toString();
            baseUrl = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
            return this;
        }

        /**
         * Sets the API's base address from text; see {@link #baseUrl(URI)}.
         *
         * @param url an absolute http(s) URL
         * @return this builder
         */
        public Builder baseUrl(String url) {
            try {
                return baseUrl(URI.create(Objects.requireNonNull(url, "baseUrl").strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("company search: baseUrl '" + url + "' is not valid: "
                        + e.getMessage(), e);
            }
        }

        /**
         * Sets where the API token comes from; it is asked at each request, so a rotated token is picked up. By
         * default no token is sent (the API's anonymous quota).
         *
         * @param token supplies the token
         * @return this builder
         */
        public Builder apiToken(Supplier<String> token) {
            apiToken = Objects.requireNonNull(token, "apiToken");
            return this;
        }

        /**
         * Reads the API token from an environment variable.
         *
         * @param variable the variable's name
         * @return this builder
         * @throws IllegalArgumentException if the variable is not set
         */
        public Builder apiTokenFromEnvironment(String variable) {
            return apiToken(Secret.fromEnvironment(variable));
        }

        /**
         * Sets the search term sent as {@code q}; {@code *} (every company) by default.
         *
         * @param text the term, not blank
         * @return this builder
         * @throws IllegalArgumentException naming {@code query} if it is blank
         */
        public Builder query(String text) {
            Objects.requireNonNull(text, "query");
            if (text.isBlank()) {
                throw new IllegalArgumentException("company search: query is blank: expected a search term or *");
            }
            query = text.strip();
            return this;
        }

        /**
         * Restricts every search to a jurisdiction, e.g. {@code ca_on} or {@code us_pa}; none by default.
         *
         * @param code the jurisdiction code, letters and underscores
         * @return this builder
         * @throws IllegalArgumentException naming {@code jurisdiction} if the code is not one
         */
        public Builder jurisdiction(String code) {
            Objects.requireNonNull(code, "jurisdiction");
            if (!code.strip().matches("[A-Za-z]{2}(_[A-Za-z0-9]{1,8})?")) {
                throw new IllegalArgumentException("company search: jurisdiction '" + code + "' is not valid:"
                        + " expected a country code with an optional region, e.g. ca_on");
            }
            jurisdiction = code.strip().toLowerCase(java.util.Locale.ROOT);
            return this;
        }

        /**
         * Sets how many companies a page holds; 30 by default.
         *
         * @param size 1..{@value CompanySearchConfig#MAX_PAGE_SIZE}
         * @return this builder
         * @throws IllegalArgumentException naming {@code pageSize} if it is out of range
         */
        public Builder pageSize(int size) {
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("company search: pageSize " + size + " is not valid: expected 1.."
                        + MAX_PAGE_SIZE);
            }
            pageSize = size;
            return this;
        }

        /**
         * Allows plain {@code http://}, for an API on loopback; false by default, as the token would travel in clear.
         *
         * @param allowed true to allow plain HTTP
         * @return this builder
         */
        public Builder insecureHttp(boolean allowed) {
            insecureHttp = allowed;
            return this;
        }

        /**
         * Sets timeouts, retries, rate limit and cache of the HTTP client; {@link HttpSettings#DEFAULT} by default.
         *
         * @param settings the settings
         * @return this builder
         */
        public Builder http(HttpSettings settings) {
            http = Objects.requireNonNull(settings, "http");
            return this;
        }

        /**
         * Sets the taxonomies NACE industry codes are resolved in; the bundled ones by default.
         *
         * @param value the taxonomies
         * @return this builder
         */
        public Builder taxonomies(Taxonomies value) {
            taxonomies = Objects.requireNonNull(value, "taxonomies");
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         * @throws IllegalArgumentException naming {@code baseUrl} if it was not set
         */
        public CompanySearchConfig build() {
            return new CompanySearchConfig(this);
        }
    }
}
