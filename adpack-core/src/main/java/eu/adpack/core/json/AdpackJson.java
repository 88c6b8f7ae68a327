package eu.adpack.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.adpack.core.AdpackException;
import eu.adpack.core.IllegalTransitionException;
import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.Problem;
import eu.adpack.core.internal.json.JsonPaths;
import eu.adpack.core.profile.PartnerProfile;
import eu.adpack.core.source.ImportDocument;
import eu.adpack.core.source.ImportDocumentWriter;
import eu.adpack.core.source.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * AdPack's JSON form: a configured Jackson 3 {@link JsonMapper} and helpers that read and write the domain model.
 *
 * <p>The form: properties are the records' components, in declaration order; dates are ISO strings
 * ({@code 2017-12-01}); enums, countries, languages, NUTS regions and sectors are their codes; a term is the string
 * {@code taxonomy:code}; missing values ({@code null}) are left out and read back as missing, missing collections as
 * empty; unknown properties are ignored on read, so newer files stay readable. There is no polymorphic typing: no
 * class names ever appear in or are taken from a file. See the package documentation for an example.
 *
 * <p>{@link #read(String, Class)} fails on the first bad record; {@link #readKeepingGood(String, Class)} leaves out
 * each bad record found inside an array, reports it, and builds the value from the rest.
 *
 * <p>{@link #standard()} writes everything; {@link #withoutPersonalData()} leaves out every component marked
 * {@link eu.adpack.core.PersonalData} (contact persons), for files that leave the partnership. Both are immutable and
 * thread-safe.
 */
public final class AdpackJson {
    private static final AdpackJson STANDARD = new AdpackJson(builder().build());
    private static final AdpackJson WITHOUT_PERSONAL_DATA =
            new AdpackJson(builder().addModule(DomainModule.withoutPersonalData()).build());

    private final JsonMapper mapper;

    private AdpackJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Returns the JSON form that writes everything, personal data included.
     *
     * @return the shared instance
     */
    public static AdpackJson standard() {
        return STANDARD;
    }

    /**
     * Returns the JSON form that leaves personal data out when writing (reading is the same as {@link #standard()}).
     *
     * @return the shared instance
     */
    public static AdpackJson withoutPersonalData() {
        return WITHOUT_PERSONAL_DATA;
    }

    /**
     * Returns a mapper builder with AdPack's configuration, for callers who add their own modules (the result reads
     * and writes the domain as this class does).
     *
     * @return a new builder
     */
    public static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .addModule(DomainModule.codes())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL)
                        .withContentInclusion(JsonInclude.Include.NON_NULL));
    }

    /**
     * Returns the configured mapper, for use with Jackson's own API.
     *
     * @return the mapper, immutable and thread-safe
     */
    public JsonMapper mapper() {
        return mapper;
    }

    /**
     * Writes a value as indented JSON.
     *
     * @param value a domain value
     * @return the JSON text
     */
    public String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    /**
     * Writes a value as indented JSON to a file, replacing it.
     *
     * @param file the file
     * @param value a domain value
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(Path file, Object value) {
        try {
            Files.writeString(file, write(value) + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a value from JSON text.
     *
     * @param <T> the type
     * @param json the text
     * @param type the type to read
     * @return the value
     * @throws InvalidJsonException if the text is not valid JSON of that type (or is {@code null}), naming the place
     *     and the reason
     */
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        try {
            return notNull(mapper.readValue(json, type), type.getSimpleName());
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    /**
     * Reads a value of a generic type, e.g. {@code List<Organisation>}, from JSON text.
     *
     * @param <T> the type
     * @param json the text
     * @param type the type to read
     * @return the value
     * @throws InvalidJsonException if the text is not valid JSON of that type
     */
    public <T> T read(String json, TypeReference<T> type) {
        Objects.requireNonNull(json, "json");
        try {
            return notNull(mapper.readValue(json, type), type.getType().getTypeName());
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    /**
     * Reads a value from a stream, which is not closed.
     *
     * @param <T> the type
     * @param in the stream of UTF-8 JSON
     * @param type the type to read
     * @return the value
     * @throws InvalidJsonException if the content is not valid JSON of that type
     */
    public <T> T read(InputStream in, Class<T> type) {
        Objects.requireNonNull(in, "in");
        try {
            return notNull(mapper.readValue(in, type), type.getSimpleName());
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    /**
     * Reads a value from a file.
     *
     * @param <T> the type
     * @param file the file of UTF-8 JSON
     * @param type the type to read
     * @return the value
     * @throws InvalidJsonException if the content is not valid JSON of that type
     * @throws UncheckedIOException if the file cannot be read
     */
    public <T> T read(Path file, Class<T> type) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(text, type);
    }

    /**
     * Reads a value from a reader, which is not closed.
     *
     * @param <T> the type
     * @param in the JSON text
     * @param type the type to read
     * @return the value
     * @throws InvalidJsonException if the content is not valid JSON of that type
     * @throws UncheckedIOException if reading fails
     */
    public <T> T read(Reader in, Class<T> type) {
        return read(text(in), type);
    }

    /**
     * Reads a value from a classpath resource.
     *
     * @param <T> the type
     * @param loader the class loader that holds the resource, e.g. {@code MyApp.class.getClassLoader()}
     * @param resource the resource's name, e.g. {@code samples/partnership.json}
     * @param type the type to read
     * @return the value
     * @throws InvalidJsonException if the content is not valid JSON of that type
     * @throws UncheckedIOException if there is no such resource or reading fails
     */
    public <T> T read(ClassLoader loader, String resource, Class<T> type) {
        return read(resourceText(loader, resource), type);
    }

    /**
     * Reads a value from JSON text, leaving out each record inside an array that cannot be read (and reporting it)
     * rather than failing on the first one, so that a file with several bad records is reported in one pass.
     *
     * <p>A bad record is the innermost array element that holds the failure: a whole organisation for a bad country,
     * one sector for a sector that is not a code. Records that others refer to may then be missing, which the
     * model's own validation reports as dangling references.
     *
     * @param <T> the type
     * @param json the text
     * @param type the type to read
     * @return the value without the bad records, and one problem per record left out
     * @throws InvalidJsonException if the text is not well-formed JSON, or the failure is outside any array (e.g.
     *     the top-level record itself is not valid)
     */
    public <T> ReadReport<T> readKeepingGood(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            throw translate(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidJsonException("line 1: the document is empty (expected " + type.getSimpleName() + ")",
                    "", null);
        }
        List<Problem> rejected = new ArrayList<>();
        Map<JsonNode, List<Integer>> origins = new IdentityHashMap<>();
        while (true) {
            try {
                return new ReadReport<>(notNull(mapper.treeToValue(root, type), type.getSimpleName()), rejected);
            } catch (JacksonException e) {
                rejected.add(removeBadElement(root, e, origins));
            }
        }
    }

    /**
     * Reads a file, keeping its good records; see {@link #readKeepingGood(String, Class)}.
     *
     * @param <T> the type
     * @param file the file of UTF-8 JSON
     * @param type the type to read
     * @return the value without the bad records, and one problem per record left out
     * @throws InvalidJsonException if the content is not well-formed JSON or its top-level record is not valid
     * @throws UncheckedIOException if the file cannot be read
     */
    public <T> ReadReport<T> readKeepingGood(Path file, Class<T> type) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return readKeepingGood(text, type);
    }

    /**
     * Reads a stream of UTF-8 JSON, which is not closed, keeping its good records; see
     * {@link #readKeepingGood(String, Class)}.
     *
     * @param <T> the type
     * @param in the stream
     * @param type the type to read
     * @return the value without the bad records, and one problem per record left out
     * @throws InvalidJsonException if the content is not well-formed JSON or its top-level record is not valid
     * @throws UncheckedIOException if reading fails
     */
    public <T> ReadReport<T> readKeepingGood(InputStream in, Class<T> type) {
        return readKeepingGood(text(in), type);
    }

    /**
     * Reads JSON text from a reader, which is not closed, keeping its good records; see
     * {@link #readKeepingGood(String, Class)}.
     *
     * @param <T> the type
     * @param in the reader
     * @param type the type to read
     * @return the value without the bad records, and one problem per record left out
     * @throws InvalidJsonException if the content is not well-formed JSON or its top-level record is not valid
     * @throws UncheckedIOException if reading fails
     */
    public <T> ReadReport<T> readKeepingGood(Reader in, Class<T> type) {
        return readKeepingGood(text(in), type);
    }

    /**
     * Reads a classpath resource keeping its good records; see {@link #readKeepingGood(String, Class)}.
     *
     * @param <T> the type
     * @param loader the class loader that holds the resource
     * @param resource the resource's name, e.g. {@code samples/een-profiles.json}
     * @param type the type to read
     * @return the value without the bad records, and one problem per record left out
     * @throws InvalidJsonException if the content is not well-formed JSON or its top-level record is not valid
     * @throws UncheckedIOException if there is no such resource or reading fails
     */
    public <T> ReadReport<T> readKeepingGood(ClassLoader loader, String resource, Class<T> type) {
        return readKeepingGood(resourceText(loader, resource), type);
    }

    /**
     * Reads a profile document keeping its good profiles: either a JSON array of profiles or an import document
     * {@code {"profiles": [...], ...}} as {@code adpack import een} prints it (its other parts are ignored). A profile
     * that cannot be read is left out and reported, with its place ({@code [3]} or {@code profiles[3]}) and reason.
     *
     * @param json the text
     * @return the good profiles, in document order, and one problem per profile left out
     * @throws InvalidJsonException if the text is not well-formed JSON, or neither an array nor an object with a
     *     {@code profiles} array
     */
    public ReadReport<List<PartnerProfile>> readProfilesKeepingGood(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            throw translate(e);
        }
        if (root instanceof ObjectNode o && o.get("profiles") instanceof ArrayNode) {
            ReadReport<ProfileList> r = readKeepingGood(json, ProfileList.class);
            return new ReadReport<>(r.value().profiles(), r.rejected());
        }
        if (root instanceof ArrayNode) {
            ReadReport<PartnerProfile[]> r = readKeepingGood(json, PartnerProfile[].class);
            return new ReadReport<>(List.of(r.value()), r.rejected());
        }
        throw new InvalidJsonException("line 1: the document is neither a JSON array of profiles nor an import"
                + " document (expected [ {...}, ... ] or {\"profiles\": [...]})", "", null);
    }

    /**
     * Reads a profile document from a file keeping its good profiles; see {@link #readProfilesKeepingGood(String)}.
     *
     * @param file the file of UTF-8 JSON
     * @return the good profiles and one problem per profile left out
     * @throws InvalidJsonException if the content is not a profile document
     * @throws UncheckedIOException if the file cannot be read
     */
    public ReadReport<List<PartnerProfile>> readProfilesKeepingGood(Path file) {
        return readProfilesKeepingGood(fileText(file));
    }

    /**
     * Reads a profile document from a stream, which is not closed, keeping its good profiles; see
     * {@link #readProfilesKeepingGood(String)}.
     *
     * @param in the stream of UTF-8 JSON
     * @return the good profiles and one problem per profile left out
     * @throws InvalidJsonException if the content is not a profile document
     * @throws UncheckedIOException if reading fails
     */
    public ReadReport<List<PartnerProfile>> readProfilesKeepingGood(InputStream in) {
        return readProfilesKeepingGood(text(in));
    }

    /**
     * Reads a profile document from a reader, which is not closed, keeping its good profiles; see
     * {@link #readProfilesKeepingGood(String)}.
     *
     * @param in the reader
     * @return the good profiles and one problem per profile left out
     * @throws InvalidJsonException if the content is not a profile document
     * @throws UncheckedIOException if reading fails
     */
    public ReadReport<List<PartnerProfile>> readProfilesKeepingGood(Reader in) {
        return readProfilesKeepingGood(text(in));
    }

    /**
     * Reads a profile document from a classpath resource keeping its good profiles; see
     * {@link #readProfilesKeepingGood(String)}.
     *
     * @param loader the class loader that holds the resource
     * @param resource the resource's name
     * @return the good profiles and one problem per profile left out
     * @throws InvalidJsonException if the content is not a profile document
     * @throws UncheckedIOException if there is no such resource or reading fails
     */
    public ReadReport<List<PartnerProfile>> readProfilesKeepingGood(ClassLoader loader, String resource) {
        return readProfilesKeepingGood(resourceText(loader, resource));
    }

    /**
     * Starts writing an import document record by record; see {@link ImportDocumentWriter}.
     *
     * @param <R> the type of record
     * @param out the stream, flushed and not closed
     * @param recordsName the property that holds the records, e.g. {@code profiles}
     * @return the writer
     */
    public <R> ImportDocumentWriter<R> importWriter(OutputStream out, String recordsName) {
        return ImportDocumentWriter.open(mapper, out, recordsName);
    }

    /**
     * Writes a whole import document, ended by a line break.
     *
     * @param out the stream, flushed and not closed
     * @param document the document
     * @throws UncheckedIOException if writing fails
     */
    public void writeImport(OutputStream out, ImportDocument<?, ?> document) {
        try (ImportDocumentWriter<Object> w = importWriter(out, document.recordsName())) {
            for (Object r : document.records()) {
                w.add(r);
            }
            w.finish(document.rejected(), document.stats());
        }
    }

    /**
     * Writes a whole import document as text.
     *
     * @param document the document
     * @return the JSON text, ended by a line break
     */
    public String writeImport(ImportDocument<?, ?> document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeImport(out, document);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Reads an import document back.
     *
     * @param <R> the type of record
     * @param <S> the type of the figures
     * @param in the JSON text, not closed
     * @param recordsName the property that holds the records, e.g. {@code profiles}
     * @param recordType the type of record
     * @param statsType the type of the figures
     * @return the document
     * @throws InvalidJsonException if the content is not such a document
     * @throws UncheckedIOException if reading fails
     */
    public <R, S> ImportDocument<R, S> readImport(Reader in, String recordsName, Class<R> recordType,
            Class<S> statsType) {
        Objects.requireNonNull(in, "in");
        JavaType records = mapper.getTypeFactory().constructCollectionType(List.class, recordType);
        JavaType rejections = mapper.getTypeFactory().constructCollectionType(List.class, Rejection.class);
        List<R> got = List.of();
        List<Rejection> rejected = List.of();
        S stats = null;
        try (JsonParser p = mapper.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidJsonException("line 1: an import document is a JSON object (expected {\""
                        + recordsName + "\": [...], \"rejected\": [...], \"stats\": {...}})", "", null);
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals(recordsName)) {
                    got = part(records).readValue(p);
                } else if (name.equals("rejected")) {
                    rejected = part(rejections).readValue(p);
                } else if (name.equals("stats")) {
                    stats = part(mapper.constructType(statsType)).readValue(p);
                } else {
                    p.skipChildren();
                }
            }
        } catch (JacksonException e) {
            throw translate(e);
        }
        if (stats == null) {
            throw new InvalidJsonException("the import document has no stats (expected \"stats\": {...})", "stats",
                    null);
        }
        return new ImportDocument<>(recordsName, got, rejected, stats);
    }

    /**
     * Reads an import document back from a file; see {@link #readImport(Reader, String, Class, Class)}.
     *
     * @param <R> the type of record
     * @param <S> the type of the figures
     * @param file the file of UTF-8 JSON
     * @param recordsName the property that holds the records
     * @param recordType the type of record
     * @param statsType the type of the figures
     * @return the document
     * @throws InvalidJsonException if the content is not such a document
     * @throws UncheckedIOException if the file cannot be read
     */
    public <R, S> ImportDocument<R, S> readImport(Path file, String recordsName, Class<R> recordType,
            Class<S> statsType) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readImport(in, recordsName, recordType, statsType);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A reader of one part of a larger document, which the rest of the document follows. */
    private ObjectReader part(JavaType type) {
        return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The {@code profiles} of an import document, the rest ignored. */
    private record ProfileList(List<PartnerProfile> profiles) {
        ProfileList {
            profiles = profiles == null ? List.of() : List.copyOf(profiles);
        }
    }

    private static String text(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON input: " + e.getMessage(), e);
        }
    }

    private static String text(Reader in) {
        Objects.requireNonNull(in, "in");
        StringWriter w = new StringWriter();
        try {
            in.transferTo(w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON input: " + e.getMessage(), e);
        }
        return w.toString();
    }

    private static String fileText(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String resourceText(ClassLoader loader, String resource) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(resource, "resource");
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException("no resource " + resource, new FileNotFoundException(resource));
            }
            return text(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes the innermost array element on the failure's path and describes it, or rethrows if there is none.
     * {@code origins} maps each array already shortened to the original indices of its remaining elements, so that
     * every problem names the element's place in the file as written.
     */
    private static Problem removeBadElement(JsonNode root, JacksonException e, Map<JsonNode, List<Integer>> origins) {
        List<JacksonException.Reference> path = e.getPath();
        JsonNode current = root;
        ArrayNode array = null;
        int index = -1;
        StringBuilder record = new StringBuilder();
        StringBuilder inner = new StringBuilder();
        for (int i = 0; i < path.size() && current != null; i++) {
            JacksonException.Reference ref = path.get(i);
            if (ref.getPropertyName() != null) {
                current = current.isObject() ? current.get(ref.getPropertyName()) : null;
                inner.append(inner.length() == 0 && record.length() == 0 ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0 && current instanceof ArrayNode a && ref.getIndex() < a.size()) {
                List<Integer> original = origins.get(a);
                int shown = original == null ? ref.getIndex() : original.get(ref.getIndex());
                inner.append('[').append(shown).append(']');
                record.append(inner);
                inner.setLength(0);
                array = a;
                index = ref.getIndex();
                current = a.get(index);
            } else {
                current = null;
            }
        }
        if (array == null) {
            throw translate(e);
        }
        JsonNode removed = array.get(index);
        List<Integer> original = origins.computeIfAbsent(array, a -> {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                all.add(i);
            }
            return all;
        });
        original.remove(index);
        array.remove(index);
        String field = inner.length() > 0 && inner.charAt(0) == '.' ? inner.substring(1) : inner.toString();
        AdpackException cause = adpackCause(e);
        if (cause instanceof InvalidRecordException ire) {
            String id = removed.path("id").isString() ? removed.path("id").asString()
                    : removed.path("reference").isString() ? removed.path("reference").asString() : null;
            String named = ire.record().contains(" ") ? record + " (" + ire.record() + ")"
                    : id != null ? record + " (" + id + ")" : record.toString();
            return Problem.of(Problem.INVALID_RECORD, named, field.isEmpty() ? ire.field() : field, ire.value(),
                    ire.reason() + " (expected " + ire.expected() + ")");
        }
        if (cause instanceof IllegalTransitionException ite) {
            return Problem.of(Problem.INVALID_RECORD, record + " (" + ite.record() + ")", "history",
                    ite.from() + " -> " + ite.to(), "is not a step of the lifecycle (expected " + ite.expected()
                            + ")");
        }
        String value = removed.isValueNode() ? removed.asString() : removed.isArray() ? "[…]" : "{…}";
        return Problem.of(Problem.INVALID_RECORD, record.toString(), field.isEmpty() ? "(element)" : field, value,
                "cannot be read: " + reason(e));
    }

    private static AdpackException adpackCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AdpackException found) {
                return found;
            }
        }
        return null;
    }

    private static <T> T notNull(T value, String expected) {
        if (value == null) {
            throw new InvalidJsonException("line 1: the document is JSON null (expected " + expected + ")", "", null);
        }
        return value;
    }

    private static InvalidJsonException translate(JacksonException e) {
        String path = JsonPaths.of(e);
        StringBuilder where = new StringBuilder();
        TokenStreamLocation loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            where.append("line ").append(loc.getLineNr()).append(", column ").append(loc.getColumnNr());
        }
        if (!path.isEmpty()) {
            where.append(where.length() == 0 ? "" : ", ").append("at ").append(path);
        }
        String reason = reason(e);
        String message = where.length() == 0 ? reason : where + ": " + reason;
        return new InvalidJsonException(message, path, e);
    }

    private static String reason(JacksonException e) {
        AdpackException cause = adpackCause(e);
        if (cause != null) {
            return cause.getMessage();
        }
        String m = e.getOriginalMessage();
        if (m == null) {
            m = e.getClass().getSimpleName();
        }
        // Jackson's messages may span lines (a source excerpt); the contract is one line.
        int nl = m.indexOf('\n');
        String line = (nl < 0 ? m : m.substring(0, nl)).strip();
        // Users read type names, not our package layout.
        return line.replaceAll("`?eu\\.adpack\\.[a-z0-9_.]+\\.([A-Z]\\w*)`?", "$1");
    }
}
