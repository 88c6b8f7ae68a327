package eu.adpack.adapters.een;

import eu.adpack.adapters.support.MalformedResponseException;
import eu.adpack.adapters.support.RegistryHttpClient;
import eu.adpack.core.geo.Country;
import eu.adpack.core.profile.ProfileStatus;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.source.DateField;
import eu.adpack.core.source.SourceQuery;
import eu.adpack.core.source.UnreadableInputException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Speaks the current EEN API: builds {@code GET {base}/profiles} with paging and filters, sends the {@code X-API-KEY}
 * header, and reads a page with {@link B2bJsonReader}; a page that is not readable JSON is retried by the client.
 */
final class EenHttpClient implements AutoCloseable {
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    /** The items of one page and whether the registry has another. */
    record RawPage(List<RawProfile> items, boolean hasNext) {
    }

    private final URI base;
    private final Supplier<String> apiKey;
    private final RegistryHttpClient http;

    EenHttpClient(URI base, Supplier<String> apiKey, RegistryHttpClient http) {
        this.base = base;
        this.apiKey = apiKey;
        this.http = http;
    }

    RegistryHttpClient http() {
        return http;
    }

    URI pageUri(SourceQuery query, int pageIndex, int pageSize) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("PageIndex", List.of(String.valueOf(pageIndex)));
        params.put("PageSize", List.of(String.valueOf(pageSize)));
        if (!query.types().isEmpty()) {
            params.put("ProfileTypes", new TreeSet<>(query.types()).stream().map(ProfileType::name).toList());
        }
        if (!query.statuses().isEmpty()) {
            params.put("ProfileStatuses", new TreeSet<>(query.statuses()).stream().map(ProfileStatus::name).toList());
        }
        if (!query.countries().isEmpty()) {
            params.put("Countries", new TreeSet<>(query.countries()).stream().map(Country::code)
                    .map(c -> c.equals("GB") ? "UK" : c).toList());
        }
        query.dateField().ifPresent(f -> {
            params.put("ComparisonDate", List.of(switch (f) {
                case CREATED -> "Created";
                case LAST_MODIFIED -> "LastModified";
                case PUBLISHED -> "PublicationDate";
                case DEADLINE -> throw new IllegalArgumentException("the EEN API cannot window on "
                        + DateField.DEADLINE + " (expected CREATED, LAST_MODIFIED or PUBLISHED)");
            }));
            query.from().ifPresent(i -> params.put("FromDate", List.of(format(i))));
            query.to().ifPresent(i -> params.put("ToDate", List.of(format(i))));
            // Ascending by the window's date, so that a sync's pages stay put while new changes are appended.
            params.put("SortOrder", List.of("ASC"));
        });
        List<String> pairs = new ArrayList<>();
        params.forEach((k, values) -> values.forEach(v -> pairs.add(k + "=" + URLEncoder.encode(v,
                StandardCharsets.UTF_8))));
        return profilesUri(base, String.join("&", pairs));
    }

    /**
     * Returns {@code {base}/profiles?{query}}: the base's own query parameters (e.g. a gateway's key) come first and
     * are kept as given, ours follow; a trailing slash of the base path is not doubled.
     */
    static URI profilesUri(URI base, String query) {
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String own = base.getRawQuery();
        String all = own == null || own.isEmpty() ? query : query.isEmpty() ? own : own + "&" + query;
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + path + "/profiles"
                + (all.isEmpty() ? "" : "?" + all));
    }

    private static String format(Instant i) {
        return DATE_TIME.format(i);
    }

    private Map<String, String> headers(String accept) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", accept);
        if (apiKey != null) {
            headers.put("X-API-KEY", apiKey.get());
        }
        return headers;
    }

    RawPage fetch(SourceQuery query, int pageIndex, int pageSize) {
        return http.get(pageUri(query, pageIndex, pageSize), headers("application/json"), (body, type) -> {
            try (B2bJsonReader reader = new B2bJsonReader(body, "EEN page " + pageIndex, false)) {
                List<RawProfile> items = B2bJsonReader.readPage(reader);
                return new RawPage(items, reader.hasNextPage());
            } catch (UnreadableInputException e) {
                throw new MalformedResponseException(e.getMessage(), e);
            }
        });
    }

    /** Opens a whole document on the wire, e.g. a legacy XML feed; a DOCTYPE in it is refused by the reader. */
    InputStream document(URI uri) {
        return http.open(uri, headers("application/xml"));
    }

    @Override
    public void close() {
        http.close();
    }
}
