package eu.adpack.adapters.een;

import eu.adpack.adapters.support.HttpStats;
import eu.adpack.adapters.support.PagingIterator;
import eu.adpack.adapters.support.RegistryHttpClient;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.profile.ProfileType;
import eu.adpack.core.source.Cursor;
import eu.adpack.core.source.DateField;
import eu.adpack.core.source.PageIterator;
import eu.adpack.core.source.ProfileSource;
import eu.adpack.core.source.RegistryUnavailableException;
import eu.adpack.core.source.Rejection;
import eu.adpack.core.source.SourceCapabilities;
import eu.adpack.core.source.SourcePage;
import eu.adpack.core.source.SourceQuery;
import eu.adpack.core.source.SourceWarning;
import eu.adpack.core.source.UnreadableInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Enterprise Europe Network Partnering Opportunities as a {@link ProfileSource}: the current JSON API over HTTPS
 * ({@link #of(EenConfig)}), a legacy POD XML document from a URL ({@link #ofLegacyXml(URI, EenConfig)}), or a file
 * of the legacy POD XML or of API-style JSON ({@link #ofFile(Path, EenConfig)}), mapped to {@link PartnerProfile}s.
 *
 * <p>Keywords keep their taxonomy (unknown codes are kept and reported as warnings), legacy partnership types are
 * mapped onto the current list with their text kept, {@code UK} becomes {@code GB}, expired profiles are flagged
 * (status {@code EXPIRED}) rather than dropped, limited profiles ({@code null} or {@code "N/A"} content) are kept and
 * flagged, and the adviser's personal contact data is dropped unless the configuration keeps it. Reads stream, from a
 * file or a URL: memory does not grow with the number of profiles. A file or legacy document that breaks off part-way
 * keeps the profiles before the break and reports the break as a rejection naming its line and column.
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
    private final Supplier<? extends InputStream> document;
    private final String documentName;
    private final URI legacyXml;

    private EenSource(EenConfig config, EenHttpClient client, Supplier<? extends InputStream> document,
            String documentName, URI legacyXml) {
        this.config = config;
        this.mapper = new EenMapper(config.taxonomies(), config.keepPersonalData(), config.clock());
        this.client = client;
        this.document = document;
        this.documentName = documentName;
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
                RegistryHttpClient.create("een", config.http())), null, null, null);
    }

    /**
     * Returns the source reading a legacy POD XML document from a URL (the legacy service answered a date-window
     * query with one document). The document streams: each read fetches it once and maps its profiles page by page as
     * they arrive, so memory does not grow with the feed; the HTTP settings' size limit is enforced while reading. If
     * the connection is cut part-way, the document is fetched again (at most the HTTP settings' number of attempts per
     * read) and the profiles already handed out are skipped, so none is lost or repeated.
     *
     * @param document the document's address, including its query
     * @param config the settings (HTTP, page size, personal data, taxonomies)
     * @return the source, to be closed when done
     */
    public static EenSource ofLegacyXml(URI document, EenConfig config) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(config, "config");
        return new EenSource(config, new EenHttpClient(document, config.apiKey().orElse(null),
                RegistryHttpClient.create("een", config.http())), null, null, document);
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
        return new EenSource(config, null, () -> {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
            }
        }, displayName(file), null);
    }

    /**
     * Returns the source reading a document from streams: legacy POD XML or API-style JSON, told apart by the first
     * character. The opener is asked for a new stream at each read (and again to resume a read from a cursor), and
     * the source closes each stream it gets.
     *
     * @param opener opens the document, e.g. {@code () -> Files.newInputStream(path)} or a blob store's stream
     * @param name the document's name, shown in messages and rejections
     * @param config the settings (page size, personal data, taxonomies)
     * @return the source
     */
    public static EenSource ofStream(Supplier<? extends InputStream> opener, String name, EenConfig config) {
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
        return new EenSource(config, null, opener, name, null);
    }

    /**
     * Returns the source reading a classpath resource: legacy POD XML or API-style JSON, e.g. sample data bundled
     * in a jar, without copying it to a file.
     *
     * @param loader the class loader that sees the resource
     * @param resource the resource's name, e.g. {@code eu/adpack/examples/samples/een-profiles.json}
     * @param config the settings (page size, personal data, taxonomies)
     * @return the source
     * @throws IllegalArgumentException if the loader has no such resource
     */
    public static EenSource ofResource(ClassLoader loader, String resource, EenConfig config) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(resource, "resource");
        if (loader.getResource(resource) == null) {
            throw new IllegalArgumentException("EEN resource '" + resource + "' is not on the class path");
        }
        return ofStream(() -> {
            InputStream in = loader.getResourceAsStream(resource);
            if (in == null) {
                throw new UncheckedIOException(new IOException(resource + ": cannot be read from the class path"));
            }
            return in;
        }, resource, config);
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
        Optional<SourceQuery> effective = config.restriction().narrowedBy(query);
        if (effective.isEmpty()) {
            // The configuration and the query exclude each other: nothing to fetch.
            return PagingIterator.of(from, at -> SourcePage.of(List.of(), List.of(), null));
        }
        return client != null && legacyXml == null ? openApi(effective.get(), from) : openFile(effective.get(), from);
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
                // A file cannot be queried, so its records are filtered here, as the API would.
                if (!filter || query.matches(m.profile())) {
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

    private PageIterator<PartnerProfile> openFile(SourceQuery query, Cursor from) {
        position(from, RECORD, 0);
        DocumentRead read = legacyXml == null ? new DocumentRead(document::get, documentName, 1)
                : new DocumentRead(() -> client.document(legacyXml), "legacy XML document " + client.http()
                        .redact(legacyXml), client.http().settings().maxAttempts());
        return PagingIterator.of(from, at -> {
            int position = position(at, RECORD, 0);
            List<RawProfile> batch = new ArrayList<>(config.pageSize());
            boolean more = read.fill(position, batch, config.pageSize());
            return toPage(batch, query, true, more ? Cursor.of(RECORD + (position + batch.size())) : null);
        }, read::close);
    }

    private static String displayName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /**
     * The open document of one read (a file, or a legacy feed on the wire), opened on the first page so that nothing
     * is read before it is asked for. When the stream fails part-way (a connection cut) the document is opened again
     * and the records already handed out are skipped, within the given number of openings: no record is lost or
     * handed out twice. The last record handed out is checked on the way, so that a document that changed between
     * the two fetches is reported rather than skipped into.
     */
    private static final class DocumentRead {
        private final Supplier<InputStream> opener;
        private final String name;
        private final int maxOpenings;
        private InputStream in;
        private Iterator<RawProfile> items;
        private AutoCloseable reader;
        private int consumed;
        private int openings;
        /** The last record handed out and its number, to check that a document fetched again is the same. */
        private String lastName;
        private int lastNumber;

        DocumentRead(Supplier<InputStream> opener, String name, int maxOpenings) {
            this.opener = opener;
            this.name = name;
            this.maxOpenings = maxOpenings;
        }

        /**
         * Adds to {@code batch} the records from {@code position} on, up to {@code size} in all.
         *
         * @return whether records are left after the batch
         */
        boolean fill(int position, List<RawProfile> batch, int size) {
            while (true) {
                try {
                    if (items == null || consumed > position + batch.size()) {
                        reopen();
                    }
                    while (consumed < position + batch.size() && items.hasNext()) {
                        RawProfile skipped = items.next();
                        consumed++;
                        if (consumed == lastNumber && !skipped.name().equals(lastName)) {
                            throw new RegistryUnavailableException(name + ": the document changed between two"
                                    + " fetches: record " + lastNumber + " was " + lastName + ", now "
                                    + skipped.name() + " (expected the same document, to go on where the first"
                                    + " fetch stopped); read it again from the start");
                        }
                    }
                    while (batch.size() < size && items.hasNext()) {
                        RawProfile next = items.next();
                        batch.add(next);
                        consumed++;
                        lastName = next.name();
                        lastNumber = consumed;
                    }
                    return items.hasNext();
                } catch (UncheckedIOException e) {
                    close();
                    if (maxOpenings == 1) {
                        throw e;
                    }
                    if (openings >= maxOpenings) {
                        throw new UncheckedIOException(name + ": gave up after " + openings + " opening(s): "
                                + e.getMessage(), e.getCause());
                    }
                }
            }
        }

        private void reopen() {
            close();
            openings++;
            InputStream raw = opener.get();
            in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, 1 << 16);
            consumed = 0;
            if (detectXml(in, name)) {
                PodXmlReader xml = new PodXmlReader(in, name);
                reader = xml;
                items = xml;
            } else {
                B2bJsonReader json = new B2bJsonReader(in, name, true);
                reader = json;
                items = json;
            }
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
                // Closing a document we only read cannot lose data.
            }
            reader = null;
            items = null;
            in = null;
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
        return "EenSource[" + (document != null ? "document " + documentName : legacyXml != null ? "legacy XML"
                : config.baseUrl().map(Object::toString).orElse("")) + "]";
    }
}
