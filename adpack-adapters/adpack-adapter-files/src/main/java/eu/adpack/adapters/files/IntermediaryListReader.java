package eu.adpack.adapters.files;

import eu.adpack.core.AdpackException;
import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.organisation.ContactPerson;
import eu.adpack.core.programme.Intermediary;
import eu.adpack.core.programme.IntermediaryKind;
import eu.adpack.core.programme.IntermediaryService;
import eu.adpack.core.taxonomy.Sector;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads an intermediary directory (chambers of commerce, trade associations, research bodies, accelerators, EEN
 * contact points in the target countries) from the CSV template documented in this module's README, with Jackson's
 * CSV format.
 *
 * <p>The file is UTF-8 with or without a byte-order mark, delimited by {@code ,}, {@code ;} or a tab (detected from
 * the header line), quoted as RFC 4180 says; the header names the columns in any order and case. Every bad row is
 * reported with its line (where the record starts), column and reason, and the good rows are kept: a bad
 * single-valued cell rejects its row, an unknown value in a multi-valued cell ({@code services}, {@code sectors},
 * {@code languages}) is dropped and reported and the row kept. A quoted cell that is never closed ends the reading
 * there, the rows before it kept. Only a file that is unusable as a whole (empty, binary, not UTF-8, a required
 * column missing) throws {@link UnreadableFileException}. Immutable and thread-safe.
 */
public final class IntermediaryListReader {
    /** The columns a directory must have. */
    public static final List<String> REQUIRED = List.of("id", "name", "country", "kind");
    /** Every column of the template, in its order. */
    public static final List<String> COLUMNS = List.of("id", "name", "country", "city", "kind", "services",
            "sectors", "languages", "website", "contact_name", "contact_role", "contact_email", "contact_phone");

    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final Map<String, IntermediaryKind> KIND_ALIASES = Map.of(
            "CHAMBER", IntermediaryKind.CHAMBER_OF_COMMERCE,
            "ASSOCIATION", IntermediaryKind.TRADE_ASSOCIATION,
            "RESEARCH", IntermediaryKind.RESEARCH_ORGANISATION,
            "INCUBATOR", IntermediaryKind.ACCELERATOR,
            "AGENCY", IntermediaryKind.PUBLIC_AGENCY,
            "EEN", IntermediaryKind.EEN_CONTACT_POINT);

    private final List<Sector> sectors;

    private IntermediaryListReader(List<Sector> sectors) {
        this.sectors = List.copyOf(sectors);
    }

    /**
     * Returns a reader that knows AdPack²'s eight sectors.
     *
     * @return the reader
     */
    public static IntermediaryListReader create() {
        return new IntermediaryListReader(Sector.adpack2());
    }

    /**
     * Returns a reader that knows the given sectors (a partnership's), by code or label.
     *
     * @param known the sectors
     * @return the reader
     */
    public static IntermediaryListReader withSectors(List<Sector> known) {
        return new IntermediaryListReader(known);
    }

    /**
     * Reads a directory file.
     *
     * @param file the CSV file
     * @return the import
     * @throws UnreadableFileException if the file as a whole is unusable
     * @throws java.io.UncheckedIOException if it cannot be read
     */
    public IntermediaryImport read(Path file) {
        return ImportInput.fromFile(file, this::read);
    }

    /**
     * Reads a directory from a stream, which is not closed.
     *
     * @param in the CSV bytes
     * @param source the name errors give the input, e.g. a file name
     * @return the import
     * @throws UnreadableFileException if the input as a whole is unusable
     */
    public IntermediaryImport read(InputStream in, String source) {
        return ImportInput.fromStream(in, source, this::read);
    }

    /**
     * Reads a directory from its bytes.
     *
     * @param bytes the CSV bytes
     * @param source the name errors give the input
     * @return the import
     * @throws UnreadableFileException if the input as a whole is unusable
     */
    public IntermediaryImport read(byte[] bytes, String source) {
        TextDecoder.Text text = TextDecoder.decode(bytes, source);
        char delimiter = delimiter(text.text());
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
        List<String> header = null;
        Map<String, Integer> column = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        List<Intermediary> good = new ArrayList<>();
        List<ImportRejection> rejected = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int records = 0;
        int dropped = 0;
        try (JsonParser p = CSV.reader().with(schema).createParser(text.text())) {
            List<String> cells = new ArrayList<>();
            int line = 1;
            JsonToken t;
            while (true) {
                try {
                    t = p.nextToken();
                } catch (JacksonException e) {
                    int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
                    if (header == null) {
                        throw new UnreadableFileException(source + ": line " + at + ": the header cannot be read: "
                                + e.getOriginalMessage(), e);
                    }
                    records++;
                    rejected.add(new ImportRejection(line, null, "", "cannot be read: "
                            + e.getOriginalMessage() + " (a quoted cell is never closed?); reading stops here",
                            false));
                    break;
                }
                if (t == null) {
                    break;
                }
                if (t == JsonToken.START_ARRAY) {
                    cells.clear();
                } else if (t == JsonToken.VALUE_STRING) {
                    if (cells.isEmpty()) {
                        // the first cell's location is the line the record starts on; the array's is the line before
                        line = p.currentTokenLocation().getLineNr();
                    }
                    cells.add(p.getString());
                } else if (t == JsonToken.END_ARRAY) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (header == null) {
                        header = header(cells, column, ignored, source);
                        continue;
                    }
                    records++;
                    Row row = new Row(line, cells, column, header);
                    Intermediary i = row(row, ids);
                    rejected.addAll(row.problems);
                    dropped += row.dropped;
                    if (i != null) {
                        good.add(i);
                    }
                }
            }
        }
        if (header == null) {
            throw new UnreadableFileException(source + ": the file has no header line (expected at least "
                    + String.join(", ", REQUIRED) + ")");
        }
        ImportStats stats = new ImportStats("csv", records, good.size(), records - good.size(), dropped,
                String.valueOf(delimiter), text.byteOrderMark(), ignored);
        return new IntermediaryImport(good, rejected, stats);
    }

    /** The delimiter that occurs most often outside quotes on the first line; a comma when none does. */
    private static char delimiter(String text) {
        Map<Character, Integer> count = new LinkedHashMap<>();
        count.put(',', 0);
        count.put(';', 0);
        count.put('\t', 0);
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && count.containsKey(c)) {
                count.merge(c, 1, Integer::sum);
            }
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey).orElse(',');
    }

    private static List<String> header(List<String> cells, Map<String, Integer> column, List<String> ignored,
            String source) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String raw = cells.get(i).strip();
            String name = raw.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            names.add(raw);
            if (name.isEmpty()) {
                continue;
            }
            if (COLUMNS.contains(name)) {
                column.putIfAbsent(name, i);
            } else {
                ignored.add(raw);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !column.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableFileException(source + ": line 1: the header lacks the required column"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " (expected at least "
                    + String.join(", ", REQUIRED) + "; found: " + String.join(", ", names) + ")", missing, null);
        }
        return names;
    }

    /** One data row being read: its cells by column, and the problems found in it. */
    private static final class Row {
        final int line;
        final List<String> cells;
        final Map<String, Integer> column;
        final List<String> header;
        final List<ImportRejection> problems = new ArrayList<>();
        String id;
        int dropped;
        boolean reject;

        Row(int line, List<String> cells, Map<String, Integer> column, List<String> header) {
            this.line = line;
            this.cells = cells;
            this.column = column;
            this.header = header;
        }

        String cell(String name) {
            Integer i = column.get(name);
            return i == null || i >= cells.size() ? "" : cells.get(i).strip();
        }

        String headerName(String name) {
            Integer i = column.get(name);
            return i == null ? name : header.get(i);
        }

        void reject(String name, String reason) {
            problems.add(new ImportRejection(line, id, name.isEmpty() ? "" : headerName(name), reason, false));
            reject = true;
        }

        void drop(String name, String reason) {
            problems.add(new ImportRejection(line, id, headerName(name), reason + "; value dropped, record kept",
                    true));
            dropped++;
        }

        List<String> values(String name) {
            List<String> out = new ArrayList<>();
            for (String part : cell(name).split(";", -1)) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return out;
        }
    }

    private Intermediary row(Row row, Set<String> ids) {
        String id = row.cell("id");
        row.id = id.isEmpty() ? null : id;
        if (row.cells.size() > row.header.size()) {
            row.reject("", "has " + row.cells.size() + " cells but the header has " + row.header.size()
                    + " columns (expected at most one cell per column; quote a cell that holds the delimiter)");
        }
        if (id.isEmpty()) {
            row.reject("id", "is empty (expected an id: letters, digits and . _ : -)");
        } else if (!ids.add(id)) {
            row.reject("id", "'" + id + "' is given twice (expected an id unique in the file)");
        }
        String name = row.cell("name");
        if (name.isEmpty()) {
            row.reject("name", "is empty (expected the intermediary's name)");
        }
        Country country = null;
        try {
            country = Country.parse(row.cell("country"));
        } catch (AdpackException | IllegalArgumentException e) {
            row.reject("country", "'" + row.cell("country") + "' is not a country (expected an ISO 3166-1 alpha-2"
                    + " code such as CN or CA; UK is read as GB)");
        }
        IntermediaryKind kind = kind(row);
        TreeSet<IntermediaryService> services = new TreeSet<>();
        for (String s : row.values("services")) {
            try {
                services.add(IntermediaryService.parse(s));
            } catch (IllegalArgumentException e) {
                row.drop("services", "'" + s + "' is not a service (expected one of "
                        + names(IntermediaryService.values()) + ")");
            }
        }
        List<Sector> found = new ArrayList<>();
        for (String s : row.values("sectors")) {
            Sector sector = sectors.stream().filter(x -> x.code().equalsIgnoreCase(s) || x.label().equalsIgnoreCase(s))
                    .findFirst().orElse(null);
            if (sector == null) {
                row.drop("sectors", "'" + s + "' is not a sector of the partnership (expected a code or label of "
                        + sectors.stream().map(Sector::code).toList() + ")");
            } else if (!found.contains(sector)) {
                found.add(sector);
            }
        }
        TreeSet<Language> languages = new TreeSet<>();
        for (String l : row.values("languages")) {
            try {
                languages.add(Language.parse(l));
            } catch (AdpackException | IllegalArgumentException e) {
                row.drop("languages", "'" + l + "' is not a language (expected an ISO 639-1 code such as en or zh)");
            }
        }
        URI website = null;
        if (!row.cell("website").isEmpty()) {
            try {
                website = Values.website(row.cell("website"));
            } catch (IllegalArgumentException e) {
                row.reject("website", e.getMessage());
            }
        }
        List<ContactPerson> contacts = contacts(row);
        if (row.reject) {
            return null;
        }
        try {
            return new Intermediary(id, name, country, row.cell("city").isEmpty() ? null : row.cell("city"), kind,
                    found, website, contacts, services, languages);
        } catch (InvalidRecordException e) {
            row.reject(COLUMNS.contains(e.field()) ? e.field() : "", "'" + e.value() + "' " + e.reason()
                    + " (expected " + e.expected() + ")");
            return null;
        }
    }

    private static IntermediaryKind kind(Row row) {
        String raw = row.cell("kind");
        String name = raw.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        if (KIND_ALIASES.containsKey(name)) {
            return KIND_ALIASES.get(name);
        }
        try {
            return IntermediaryKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            row.reject("kind", "'" + raw + "' is not a kind of intermediary (expected one of "
                    + names(IntermediaryKind.values()) + ", or chamber, association, research, incubator, agency,"
                    + " een)");
            return null;
        }
    }

    private static List<ContactPerson> contacts(Row row) {
        String person = row.cell("contact_name");
        String role = row.cell("contact_role");
        String email = row.cell("contact_email");
        String phone = row.cell("contact_phone");
        if (person.isEmpty() && role.isEmpty() && email.isEmpty() && phone.isEmpty()) {
            return List.of();
        }
        try {
            return List.of(new ContactPerson(person, role.isEmpty() ? null : role, email.isEmpty() ? null : email,
                    phone.isEmpty() ? null : phone));
        } catch (InvalidRecordException e) {
            String field = switch (e.field()) {
                case "email" -> "contact_email";
                case "phone" -> "contact_phone";
                case "role" -> "contact_role";
                default -> "contact_name";
            };
            row.reject(field, "'" + e.value() + "' " + e.reason() + " (expected " + e.expected() + ")");
            return List.of();
        }
    }

    private static String names(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(v.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", out);
    }

    @Override
    public String toString() {
        return "IntermediaryListReader" + Objects.toString(sectors.stream().map(Sector::code).toList());
    }
}
