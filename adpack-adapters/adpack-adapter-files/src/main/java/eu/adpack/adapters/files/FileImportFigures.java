package eu.adpack.adapters.files;

import java.util.List;
import java.util.Objects;

/**
 * The figures of a member-list or cluster-directory import as the {@code stats} of its import document: the
 * {@link ImportStats} with the imported count named after the records ({@code organisations} or {@code clusters}).
 *
 * <p>Absent parts ({@code null}) are left out of the JSON: {@code clusters} in a member import, {@code organisations}
 * and {@code droppedValues} in a cluster import, {@code delimiter} for JSON input. Immutable and thread-safe.
 *
 * @param format {@code csv} or {@code json}
 * @param records the records read
 * @param organisations the organisations imported (member import), else null
 * @param clusters the clusters imported (cluster import), else null
 * @param rejectedRecords the records rejected
 * @param droppedValues the values dropped from imported members (member import), else null
 * @param delimiter the CSV delimiter, null for JSON
 * @param byteOrderMark whether the file began with a byte-order mark
 * @param ignoredColumns the header's columns that are not part of the template
 */
public record FileImportFigures(String format, int records, Integer organisations, Integer clusters,
        int rejectedRecords, Integer droppedValues, String delimiter, boolean byteOrderMark,
        List<String> ignoredColumns) {
    /** Copies the list. */
    public FileImportFigures {
        Objects.requireNonNull(format, "format");
        ignoredColumns = ignoredColumns == null ? List.of() : List.copyOf(ignoredColumns);
    }

    static FileImportFigures ofMembers(ImportStats s) {
        return new FileImportFigures(s.format(), s.records(), s.imported(), null, s.rejected(), s.droppedValues(),
                s.delimiter().isEmpty() ? null : s.delimiter(), s.byteOrderMark(), s.ignoredColumns());
    }

    static FileImportFigures ofClusters(ImportStats s) {
        return new FileImportFigures(s.format(), s.records(), null, s.imported(), s.rejected(), null,
                s.delimiter().isEmpty() ? null : s.delimiter(), s.byteOrderMark(), s.ignoredColumns());
    }
}
