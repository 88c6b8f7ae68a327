package eu.adpack.adapters.files;

import java.util.List;
import java.util.Objects;

/**
 * Figures of one file import: how many records were read, imported and rejected, how many single values were dropped,
 * and what was detected about the file. Immutable and thread-safe.
 *
 * @param format {@code csv} or {@code json}
 * @param records records read, blank rows not counted
 * @param imported records imported
 * @param rejected records not imported
 * @param droppedValues single values dropped from records that were imported (see {@link UnknownValuePolicy})
 * @param delimiter the CSV delimiter detected ({@code ,}, {@code ;} or a tab), empty for JSON
 * @param byteOrderMark whether the file started with a UTF-8 byte-order mark
 * @param ignoredColumns header columns that are not part of the format and were ignored
 */
public record ImportStats(String format, int records, int imported, int rejected, int droppedValues,
        String delimiter, boolean byteOrderMark, List<String> ignoredColumns) {
    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if a count is negative or imported and rejected do not add up to records
     */
    public ImportStats {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(delimiter, "delimiter");
        ignoredColumns = List.copyOf(ignoredColumns);
        if (records < 0 || imported < 0 || rejected < 0 || droppedValues < 0 || imported + rejected != records) {
            throw new IllegalArgumentException("import figures do not add up: " + records + " records, " + imported
                    + " imported, " + rejected + " rejected, " + droppedValues + " values dropped");
        }
    }
}
