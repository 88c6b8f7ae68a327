package eu.adpack.core.taxonomy;

import eu.adpack.core.internal.csv.CsvRecords;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A taxonomy CSV file split into the index of its header's columns and the records below the header; both taxonomy
 * loaders read their input through it so that a syntax error, an empty file and a missing column are reported alike.
 *
 * @param columns the index of each column by its name as {@code columnName} normalised it; the first of equal names
 * @param rows the records after the header, in file order
 */
record CsvTable(Map<String, Integer> columns, List<CsvRecords.Record> rows) {
    CsvTable {
        columns = Map.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * Reads the file and checks its header.
     *
     * @param columnName how a header cell becomes a column name (after stripping)
     * @param required the column names the header must have
     * @param expectedHeader what an empty file should have held, e.g. {@code a header with at least code,label}
     * @param expectedColumns what a header lacking a required column should have held
     * @throws InvalidTaxonomyException if the CSV syntax is broken, the file is empty or a required column is missing
     */
    static CsvTable read(TaxonomyId id, Reader in, String source, UnaryOperator<String> columnName,
            List<String> required, String expectedHeader, String expectedColumns) {
        List<CsvRecords.Record> raw;
        try {
            raw = CsvRecords.readStrict(in, source);
        } catch (CsvRecords.CsvSyntaxException e) {
            throw new InvalidTaxonomyException(id, List.of(e.getMessage()));
        }
        if (raw.isEmpty()) {
            throw new InvalidTaxonomyException(id, List.of(source + ": empty file (expected " + expectedHeader + ")"));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = raw.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(columnName.apply(header.get(i).strip()), i);
        }
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidTaxonomyException(id, List.of(source + " line " + raw.get(0).line() + ": header: "
                    + header + " lacks " + missing + " (expected " + expectedColumns + ")"));
        }
        return new CsvTable(columns, raw.subList(1, raw.size()));
    }
}
