package eu.adpack.core.source;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of an import as one document: the good records under a name of their kind, the rejections, and the
 * import's figures; in JSON {@code {"<recordsName>": [...], "rejected": [{"record", "field", "reason"}], "stats":
 * {...}}}, the form the {@code adpack import} commands print.
 *
 * <p>Written with {@link ImportDocumentWriter} (record by record, for imports too large to hold twice) or at once with
 * {@code AdpackJson.writeImport}, and read back with {@code AdpackJson.readImport}, all through AdPack's mapper.
 * Immutable and thread-safe when the records and figures are.
 *
 * @param <R> the type of record
 * @param <S> the type of the figures, a record Jackson writes as it is
 * @param recordsName the property that holds the records, e.g. {@code profiles}, {@code organisations} or
 *     {@code clusters}
 * @param records the records imported, in the source's order
 * @param rejected the records or values that were not taken, with their reasons
 * @param stats the import's figures
 */
public record ImportDocument<R, S>(String recordsName, List<R> records, List<Rejection> rejected, S stats) {
    private static final Set<String> RESERVED = Set.of(ImportDocumentWriter.REJECTED, ImportDocumentWriter.STATS);

    /**
     * Copies the lists and checks the name.
     *
     * @throws IllegalArgumentException if the records' name is blank or is {@code rejected} or {@code stats}
     */
    public ImportDocument {
        checkRecordsName(recordsName);
        records = List.copyOf(records);
        rejected = List.copyOf(rejected);
        Objects.requireNonNull(stats, "stats");
    }

    static void checkRecordsName(String recordsName) {
        Objects.requireNonNull(recordsName, "recordsName");
        if (recordsName.isBlank() || RESERVED.contains(recordsName)) {
            throw new IllegalArgumentException("recordsName: '" + recordsName + "' cannot name the records (expected"
                    + " a property name other than rejected and stats, e.g. profiles)");
        }
    }
}
