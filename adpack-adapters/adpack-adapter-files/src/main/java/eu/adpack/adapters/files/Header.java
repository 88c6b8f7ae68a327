package eu.adpack.adapters.files;

import eu.adpack.core.internal.csv.CsvRecords;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Which column of a CSV file holds which field, read from its header record. */
final class Header<K extends Enum<K>> {
    private final Map<K, Integer> index;
    private final Map<K, String> names;
    private final List<String> ignored;
    private final int width;

    private Header(Map<K, Integer> index, Map<K, String> names, List<String> ignored, int width) {
        this.index = index;
        this.names = names;
        this.ignored = List.copyOf(ignored);
        this.width = width;
    }

    /**
     * Finds the header: the first record that is not blank.
     *
     * @throws UnreadableFileException if every record is blank
     */
    static int firstRecord(List<CsvRecords.Record> records, String source) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).brokenColumn() != 0 || !records.get(i).isBlank()) {
                return i;
            }
        }
        throw new UnreadableFileException(source + ": every line is blank or holds only delimiters (expected a header"
                + " line of column names)");
    }

    /**
     * Finds the column that a normalised header cell names: the one whose canonical name or one of whose aliases it
     * is, the first in declaration order.
     */
    static <K> Optional<K> column(K[] columns, String key, Function<K, String> canonical,
            Function<K, String[]> aliases) {
        for (K c : columns) {
            if (canonical.apply(c).equals(key)) {
                return Optional.of(c);
            }
            for (String a : aliases.apply(c)) {
                if (a.equals(key)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the header record.
     *
     * @throws UnreadableFileException if a column appears twice or a required one is missing
     */
    static <K extends Enum<K>> Header<K> read(CsvRecords.Record record, Class<K> type,
            Function<String, Optional<K>> lookup, List<K> required, Function<K, String> canonical, String source) {
        if (record.brokenColumn() != 0) {
            throw new UnreadableFileException(source + ": line " + record.line() + ": the header's column "
                    + record.brokenColumn() + ": " + record.problem() + " (expected a header line of column names)");
        }
        Map<K, Integer> index = new EnumMap<>(type);
        Map<K, String> names = new EnumMap<>(type);
        List<String> ignored = new ArrayList<>();
        List<String> cells = record.cells();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            Optional<K> k = lookup.apply(cell);
            if (k.isEmpty()) {
                ignored.add(cell);
                continue;
            }
            Integer before = index.putIfAbsent(k.get(), i);
            if (before != null) {
                throw new UnreadableFileException(source + ": line " + record.line() + ": columns " + (before + 1)
                        + " '" + names.get(k.get()) + "' and " + (i + 1) + " '" + cell + "' both name "
                        + canonical.apply(k.get()) + " (expected each column once)");
            }
            names.put(k.get(), cell);
        }
        List<String> missing = new ArrayList<>();
        for (K k : required) {
            if (!index.containsKey(k)) {
                missing.add(canonical.apply(k));
            }
        }
        if (!missing.isEmpty()) {
            String found = String.join(", ", cells.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
            if (found.length() > 120) {
                found = found.substring(0, 117) + "...";
            }
            throw new UnreadableFileException(source + ": line " + record.line() + ": the header lacks the required"
                    + " column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + " (expected at least " + String.join(", ", required.stream().map(canonical).toList()) + "; found: "
                    + (found.isEmpty() ? "nothing" : found) + ")", missing, null);
        }
        return new Header<>(index, names, ignored, cells.size());
    }

    boolean has(K column) {
        return index.containsKey(column);
    }

    /** The cell of a column, stripped, empty when the column is absent or the record is short. */
    String cell(CsvRecords.Record record, K column) {
        Integer i = index.get(column);
        return i == null ? "" : record.cell(i).strip();
    }

    /** The column's name as the file writes it. */
    String name(K column) {
        return names.getOrDefault(column, column.name().toLowerCase(Locale.ROOT));
    }

    /** The name of the column at a 0-based index as the file writes it, or {@code column N} beyond the header. */
    String nameAt(int i) {
        for (Map.Entry<K, Integer> e : index.entrySet()) {
            if (e.getValue() == i) {
                return names.get(e.getKey());
            }
        }
        return "column " + (i + 1);
    }

    /** The 1-based index of the first non-blank cell beyond the header's width, or 0 when there is none. */
    int overflow(CsvRecords.Record record) {
        for (int i = width; i < record.cells().size(); i++) {
            if (!record.cells().get(i).isBlank()) {
                return i + 1;
            }
        }
        return 0;
    }

    int width() {
        return width;
    }

    List<String> ignored() {
        return ignored;
    }
}
