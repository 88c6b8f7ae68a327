package eu.adpack.adapters.een;

import eu.adpack.adapters.support.HttpStats;
import eu.adpack.adapters.support.PagingIterator;
import eu.adpack.adapters.support.RegistryHttpClient;
import eu.adpack.core.geo.Country;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.ProfileStatus;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.source.Cursor;
import eu.adpack.core.source.DateField;
import eu.adpack.core.source.PageIterator;
import eu.adpack.core.source.ProfileSource;
import eu.adpack.core.source.Rejection;
import eu.adpack.core.source.SourceCapabilities;
import eu.adpack.core.source.SourcePage;
import eu.adpack.core.source.SourceQuery;
import eu.adpack.core.source.SourceWarning;
import eu.adpack.core.source.UnreadableInputException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Enterprise Europe Network Partnering Opportunities as a {@link ProfileSource}: the current JSON API over HTTPS
 * ({@link #of(EenConfig)}), a legacy POD XML document from a URL ({@link #ofLegacyXml(URI, EenConfig)}), or a file
 * of the legacy POD XML or of API-style JSON ({@link #ofFile(Path, EenConfig)}), mapped to {@link PartnerProfile}s.
 *
 * <p>Keywords keep their taxonomy (unknown codes are kept and reported as warnings), legacy partnership types are
 * mapped onto the current list with their text kept, {@code UK} becomes {@code GB}, expired profiles are flagged
 * (status {@code EXPIRED}) rather than dropped, limited profiles ({@code null} or {@code "N/A"} content) are kept and
 * flagged, and the adviser's personal contact data is dropped unless the configuration keeps it. Reads stream: memory
 * does not grow with the number of profiles.
 *
 * <p>Thread-safe: several reads may be open at once; close the source to free its HTTP connections.
 */
public final class EenSource implements ProfileSource {
    private static final SourceCapabilities API = new SourceCapabilities(EnumSet.allOf(ProfileType.class), true, true,
            EnumSet.of(DateField.CREATED, DateField.LAST_MODIFIED, DateField.PUBLISHED));
    private static final SourceCapabilities FILE = new SourceCapabilities(EnumSet.allOf(ProfileType.class), true,
            true, EnumSet.allOf(DateField.class));
    private static final String PAGE = "page=";
    private static final String RECORD = "record=";

    private final EenConfig config;
    private final EenMapper mapper;
    private final EenHttpClient client;
    private final Path file;
    private final URI legacyXml;

    private EenSource(EenConfig config, EenHttpClient client, Path file, URI legacyXml) {
        this.config = config;
        this.mapper = new EenMapper(config.taxonomies(), config.keepPersonalData(), config.clock());
        this.client = client;
        this.file = file;
        this.legacyXml = legacyXml;
    }

    /**
     * Returns the source reading the current EEN API.
     *
     * @param config the settings; the base URL is required, the API key is sent when set
     * @return the source, to be closed when done
     * @throws IllegalArgumentException if the configuration has no base URL
     */
    public static EenSource of(EenConfig config) {
        Objects.requireNonNull(config, "config");
        var base = config.baseUrl().orElseThrow(() -> new IllegalArgumentException(
                "EEN source needs a base URL (the part before /profiles): set EenConfig.builder().baseUrl(…)"));
        return new EenSource(config, new EenHttpClient(base, config.apiKey().orElse(null),
                RegistryHttpClient.create("een", config.http())), null, null);
    }

    /**
     * Returns the source reading a legacy POD XML document from a URL (the legacy service answered a date-window
     * query with one document). The document is fetched once per read, within the HTTP settings' size limit, and its
     * profiles are mapped page by page.
     *
     * @param document the document's address, including its query
     * @param config the settings (HTTP, page size, personal data, taxonomies)
     * @return the source, to be closed when done
     */
    public static EenSource ofLegacyXml(URI document, EenConfig config) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(config, "config");
        return new EenSource(config, new EenHttpClient(document, config.apiKey().orElse(null),
                RegistryHttpClient.create("een", config.http())), null, document);
    }

    /**
     * Returns the source reading a file: legacy POD XML or API-style JSON, told apart by the first character.
     *
     * @param file the file
     * @param config the settings (page size, personal data, taxonomies)
     * @return the source
     */
    public static EenSource ofFile(Path file, EenConfig config) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(config, "config");
        return new EenSource(config, null, file, null);
    }

    @Override
    public String name() {
        return "een";
    }

    @Override
    public SourceCapabilities capabilities() {
        return client != null && legacyXml == null ? API : FILE;
    }

    /**
     * Returns what the HTTP client did so far: requests, retries, failures by kind.
     *
     * @return the counters, or empty for a file source
     */
    public Optional<HttpStats> httpStats() {
        return client == null ? Optional.empty() : Optional.of(client.http().stats());
    }

    @Override
    public PageIterator<PartnerProfile> open(SourceQuery query, Cursor from) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(from, "from");
        capabilities().check(name(), query);
        SourceQuery effective = restrict(query);
        if (effective == null) {
            // The configuration and the query exclude each other: nothing to fetch.
            return PagingIterator.of(from, at -> SourcePage.of(List.of(), List.of(), null));
        }
        return client != null && legacyXml == null ? openApi(effective, from) : openFile(effective, from);
    }

    /** The query within the configuration's filters, or null when the two leave nothing. */
    private SourceQuery restrict(SourceQuery query) {
        Set<ProfileType> types = both(config.types(), query.types());
        Set<ProfileStatus> statuses = both(config.statuses(), query.statuses());
        Set<Country> countries = both(config.countries(), query.countries());
        if (types == null || statuses == null || countries == null) {
            return null;
        }
        SourceQuery.Builder b = SourceQuery.builder().types(types).statuses(statuses).countries(countries);
        query.dateField().ifPresent(f -> b.window(f, query.from().orElse(null), query.to().orElse(null)));
        return b.build();
    }

    /** Both restrictions at once: empty means none; null means they exclude each other. */
    private static <T> Set<T> both(Set<T> configured, Set<T> asked) {
        if (configured.isEmpty()) {
            return asked;
        }
        if (asked.isEmpty()) {
            return configured;
        }
        Set<T> common = new HashSet<>(configured);
        common.retainAll(asked);
        return common.isEmpty() ? null : common;
    }

    private static int position(Cursor from, String prefix, int start) {
        if (from.isStart()) {
            return start;
        }
        if (from.token().startsWith(prefix)) {
            try {
                int n = Integer.parseInt(from.token().substring(prefix.length()));
                if (n >= start) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below with the token
            }
        }
        throw new IllegalArgumentException("cursor '" + from.token() + "' is not one of this EEN source's: expected "
                + prefix + "N");
    }

    private PageIterator<PartnerProfile> openApi(SourceQuery query, Cursor from) {
        int first = position(from, PAGE, 1);
        int size = config.pageSize();
        return PagingIterator.of(from, at -> {
            int index = position(at, PAGE, first);
            EenHttpClient.RawPage page = client.fetch(query, index, size);
            return toPage(page.items(), query, false, page.hasNext() ? Cursor.of(PAGE + (index + 1)) : null);
        });
    }

    private SourcePage<PartnerProfile> toPage(List<RawProfile> items, SourceQuery query, boolean filter,
            Cursor next) {
        List<PartnerProfile> records = new ArrayList<>(items.size());
        List<Rejection> rejections = new ArrayList<>();
        List<SourceWarning> warnings = new ArrayList<>();
        for (RawProfile raw : items) {
            EenMapper.Mapped m = mapper.map(raw);
            if (m.profile() != null) {
                if (!filter || matches(query, m.profile())) {
                    records.add(m.profile());
                    warnings.addAll(m.warnings());
                }
            } else {
                rejections.add(m.rejection());
                warnings.addAll(m.warnings());
            }
        }
        return SourcePage.of(records, rejections, warnings, next);
    }

    /** A file cannot be queried, so its records are filtered here, as the API would. */
    private static boolean matches(SourceQuery q, PartnerProfile p) {
        if (!q.types().isEmpty() && !q.types().contains(p.type())) {
            return false;
        }
        if (!q.statuses().isEmpty() && (p.status() == null || !q.statuses().contains(p.status()))) {
            return false;
        }
        if (!q.countries().isEmpty() && (p.originCountry() == null || !q.countries().contains(p.originCountry()))) {
            return false;
        }
        if (q.dateField().isEmpty()) {
            return true;
        }
        LocalDate d = switch (q.dateField().get()) {
            case CREATED -> p.created();
            case LAST_MODIFIED -> p.modified() != null ? p.modified() : p.created();
            case PUBLISHED -> p.published();
            case DEADLINE -> p.deadline() != null ? p.deadline() : p.expiry();
        };
        if (d == null) {
            return false;
        }
        Instant start = d.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return q.from().map(f -> end.isAfter(f)).orElse(true) && q.to().map(t -> start.isBefore(t)).orElse(true);
    }

    private PageIterator<PartnerProfile> openFile(SourceQuery query, Cursor from) {
        position(from, RECORD, 0);
        FileRead read = new FileRead(file, legacyXml == null ? null : () -> client.document(legacyXml));
        return PagingIterator.of(from, at -> {
            int position = position(at, RECORD, 0);
            Iterator<RawProfile> items = read.items();
            while (read.consumed < position && items.hasNext()) {
                items.next();
                read.consumed++;
            }
            List<RawProfile> batch = new ArrayList<>(config.pageSize());
            while (batch.size() < config.pageSize() && items.hasNext()) {
                batch.add(items.next());
                read.consumed++;
            }
            return toPage(batch, query, true, items.hasNext() ? Cursor.of(RECORD + read.consumed) : null);
        }, read::close);
    }

    /** The open file of one read: opened on the first page, so that nothing is read before it is asked for. */
    private static final class FileRead {
        private final Path file;
        private final Supplier<byte[]> download;
        private InputStream in;
        private Iterator<RawProfile> items;
        private AutoCloseable reader;
        int consumed;

        FileRead(Path file, Supplier<byte[]> download) {
            this.file = file;
            this.download = download;
        }

        Iterator<RawProfile> items() {
            if (items == null) {
                String name;
                if (download != null) {
                    in = new ByteArrayInputStream(download.get());
                    name = "legacy XML document";
                } else {
                    try {
                        in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                    } catch (IOException e) {
                        throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
                    }
                    name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
                }
                if (detectXml(in, name)) {
                    PodXmlReader xml = new PodXmlReader(in, name);
                    reader = xml;
                    items = xml;
                } else {
                    B2bJsonReader json = new B2bJsonReader(in, name);
                    reader = json;
                    items = json;
                }
            }
            return items;
        }

        void close() {
            try {
                if (reader != null) {
                    reader.close();
                }
                if (in != null) {
                    in.close();
                }
            } catch (Exception e) {
                // Closing a file we only read cannot lose data.
            }
        }
    }

    /** Tells XML from JSON by the first character after a byte-order mark and white space. */
    static boolean detectXml(InputStream in, String name) {
        try {
            in.mark(4096);
            byte[] head = in.readNBytes(4096);
            in.reset();
            int i = 0;
            if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
                i = 3;
            }
            while (i < head.length && Character.isWhitespace(head[i])) {
                i++;
            }
            if (i == head.length) {
                throw new UnreadableInputException(name + ": the file is empty: expected EEN XML or JSON");
            }
            char c = (char) head[i];
            if (c == '<') {
                return true;
            }
            if (c == '{' || c == '[') {
                return false;
            }
            String start = new String(head, i, Math.min(20, head.length - i), StandardCharsets.UTF_8)
                    .replaceAll("\\s+", " ").strip();
            throw new UnreadableInputException(name + ": neither XML nor JSON: it starts with '" + start
                    + "' (expected '<' for the legacy POD XML or '{' / '[' for API-style JSON)");
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Closes the HTTP connections; reads still open fail. */
    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }

    @Override
    public String toString() {
        return "EenSource[" + (file != null ? "file " + file : legacyXml != null ? "legacy XML"
                : config.baseUrl().map(Object::toString).orElse("")) + "]";
    }
}
