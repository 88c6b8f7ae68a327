package eu.adpack.adapters.companies;

import eu.adpack.adapters.support.MalformedResponseException;
import eu.adpack.adapters.support.PagingIterator;
import eu.adpack.adapters.support.RegistryHttpClient;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.source.Cursor;
import eu.adpack.core.source.PageIterator;
import eu.adpack.core.source.ProfileSource;
import eu.adpack.core.source.Rejection;
import eu.adpack.core.source.SourceCapabilities;
import eu.adpack.core.source.SourcePage;
import eu.adpack.core.source.SourceQuery;
import eu.adpack.core.source.SourceWarning;
import eu.adpack.adapters.support.HttpStats;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenCorporates-style company search API as a {@link ProfileSource}: each company found by the configured
 * search becomes a business-offer {@link PartnerProfile} ({@code BO}), read page by page from {@code GET
 * {base}/companies/search?q=…&page=N&per_page=M}.
 *
 * <p>The HTTP work (retries with backoff on 429/5xx and broken connections, {@code Retry-After}, rate limit, size
 * limit) is {@code adpack-adapter-support}'s {@link RegistryHttpClient}; a page whose body is not readable JSON is
 * retried like a server error; a company that cannot be mapped is a {@link Rejection} and its page's other
 * companies are kept. A read's cursor is {@code page=N}, so a failed read resumes at the page that failed. The API
 * filters neither by type nor by status nor by date, which {@link #capabilities()} says.
 *
 * <p>Thread-safe: several reads may be open at once; close the source to free its HTTP connections.
 */
public final class CompanySearchSource implements ProfileSource {
    /** The source's name, as {@code ProfileSources} knows it. */
    public static final String NAME = "companies";

    private static final SourceCapabilities CAPABILITIES =
            new SourceCapabilities(EnumSet.of(ProfileType.BO), false, false, Set.of());
    private static final String PAGE = "page=";

    private final CompanySearchConfig config;
    private final RegistryHttpClient http;
    private final CompanyMapper mapper;
    private final JsonMapper json = JsonMapper.builder().build();

    private CompanySearchSource(CompanySearchConfig config) {
        this.config = config;
        this.http = RegistryHttpClient.create(NAME, config.http());
        this.mapper = new CompanyMapper(config.taxonomies());
    }

    /**
     * Returns the source reading the API the settings name; nothing is fetched before a read.
     *
     * @param config the settings
     * @return the source, to be closed when done
     */
    public static CompanySearchSource of(CompanySearchConfig config) {
        return new CompanySearchSource(Objects.requireNonNull(config, "config"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourceCapabilities capabilities() {
        return CAPABILITIES;
    }

    /**
     * Returns what the HTTP client did so far: requests, retries, failures by kind.
     *
     * @return the counters
     */
    public HttpStats httpStats() {
        return http.stats();
    }

    @Override
    public PageIterator<PartnerProfile> open(SourceQuery query, Cursor from) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(from, "from");
        capabilities().check(NAME, query);
        int first = page(from);
        return PagingIterator.of(from, at -> fetch(at.isStart() ? first : page(at)));
    }

    private static int page(Cursor cursor) {
        if (cursor.isStart()) {
            return 1;
        }
        String token = cursor.token();
        if (token.startsWith(PAGE)) {
            try {
                int n = Integer.parseInt(token.substring(PAGE.length()));
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below with the token
            }
        }
        throw new IllegalArgumentException("cursor '" + token + "' is not one of the company search's: expected "
                + PAGE + "N with N >= 1");
    }

    URI pageUri(int page) {
        StringBuilder q = new StringBuilder(config.baseUrl().toString()).append("/companies/search?q=")
                .append(encode(config.query())).append("&page=").append(page).append("&per_page=")
                .append(config.pageSize());
        config.jurisdiction().ifPresent(j -> q.append("&jurisdiction_code=").append(encode(j)));
        config.apiToken().ifPresent(t -> q.append('&').append(CompanySearchConfig.TOKEN_PARAMETER).append('=')
                .append(encode(t.get())));
        return URI.create(q.toString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private SourcePage<PartnerProfile> fetch(int page) {
        JsonNode results = http.get(pageUri(page), Map.of("Accept", "application/json"), (body, type) -> {
            try {
                JsonNode root = json.readTree(body);
                JsonNode r = root == null ? null : root.get("results");
                if (r == null || !r.isObject() || !r.path("companies").isArray()) {
                    throw new MalformedResponseException("company search page " + page + ": no results.companies"
                            + " array (expected {\"results\": {\"companies\": [...], \"total_pages\": N}})");
                }
                return r;
            } catch (JacksonException e) {
                throw new MalformedResponseException("company search page " + page + ": not readable JSON: "
                        + e.getOriginalMessage(), e);
            }
        });
        List<PartnerProfile> records = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<SourceWarning> warnings = new ArrayList<>();
        int index = 0;
        for (JsonNode item : results.get("companies")) {
            index++;
            JsonNode company = item.get("company");
            if (company == null || !company.isObject()) {
                rejections.add(Rejection.ofRecord("page " + page + " item " + index,
                        "is not an object with a company (expected {\"company\": {...}})"));
                continue;
            }
            CompanyMapper.Mapped m;
            try {
                m = mapper.map(json.treeToValue(company, CompanyRecord.class));
            } catch (JacksonException e) {
                rejections.add(Rejection.ofRecord("page " + page + " item " + index, "cannot be read: "
                        + e.getOriginalMessage()));
                continue;
            }
            if (m.profile() != null) {
                records.add(m.profile());
            } else {
                rejections.add(m.rejection());
            }
            warnings.addAll(m.warnings());
        }
        int totalPages = results.path("total_pages").asInt(page);
        return SourcePage.of(records, rejections, warnings, page < totalPages ? Cursor.of(PAGE + (page + 1)) : null);
    }

    /** Closes the HTTP connections; reads still open fail. */
    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "CompanySearchSource[" + config + "]";
    }
}
