package eu.adpack.adapters.files;

import static eu.adpack.adapters.files.ClusterColumn.*;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.NutsRegion;
import eu.adpack.core.internal.csv.CsvRecords;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a cluster directory exported from the European Cluster Collaboration Platform (which has no public API) as
 * CSV into {@link ClusterDirectoryEntry}s, a rejection report and figures; the module's README lists the columns and
 * the names under which they are recognised.
 *
 * <p>Every bad row is reported with its line, column and reason and the good rows are imported; only an input that is
 * unusable as a whole throws. Stateless and thread-safe.
 */
public final class ClusterDirectoryReader {
    private static final ClusterColumn[] COUNTS =
            {MEMBERS_SME, MEMBERS_LARGE, MEMBERS_RESEARCH, MEMBERS_UNIVERSITY, MEMBERS_OTHER};

    private ClusterDirectoryReader() {}

    /**
     * Returns a reader.
     *
     * @return the reader
     */
    public static ClusterDirectoryReader create() {
        return new ClusterDirectoryReader();
    }

    /**
     * Reads a cluster directory from a file.
     *
     * @param file a CSV file in UTF-8, with or without a byte-order mark, delimited by {@code ,} or {@code ;}
     * @return the entries, rejections and figures
     * @throws UnreadableFileException if the file is unusable as a whole
     * @throws UncheckedIOException if the file cannot be read
     */
    public ClusterImport read(Path file) {
        return ImportInput.fromFile(file, this::read);
    }

    /**
     * Reads a cluster directory from a stream, which is read to its end and not closed.
     *
     * @param in CSV in UTF-8
     * @param source the name of the input for reports
     * @return the entries, rejections and figures
     * @throws UnreadableFileException if the input is unusable as a whole
     * @throws UncheckedIOException if reading fails
     */
    public ClusterImport read(InputStream in, String source) {
        return ImportInput.fromStream(in, source, this::read);
    }

    private ClusterImport read(byte[] bytes, String source) {
        TextDecoder.Text text = TextDecoder.decode(bytes, source);
        String t = text.text().stripLeading();
        if (t.startsWith("[") || t.startsWith("{")) {
            throw new UnreadableFileException(source + ": line 1: the file is JSON (expected the CSV export of the"
                    + " cluster directory, header first)");
        }
        char delimiter = CsvRecords.detectDelimiter(t);
        List<CsvRecords.Record> records = CsvRecords.parse(text.text(), delimiter);
        int first = Header.firstRecord(records, source);
        Header<ClusterColumn> header = Header.read(records.get(first), ClusterColumn.class, ClusterColumn::forHeader,
                List.of(NAME, COUNTRY), c -> c.header, source);
        List<ClusterDirectoryEntry> entries = new ArrayList<>();
        List<ImportRejection> rejections = new ArrayList<>();
        int read = 0;
        for (int i = first + 1; i < records.size(); i++) {
            CsvRecords.Record r = records.get(i);
            if (r.brokenColumn() == 0 && r.isBlank()) {
                continue;
            }
            read++;
            RowProblems p = new RowProblems(UnknownValuePolicy.REJECT_RECORD);
            ClusterDirectoryEntry e = entry(r, header, p);
            if (e != null) {
                entries.add(e);
            }
            rejections.addAll(p.rejections(r.line(), header.cell(r, NAME)));
        }
        ImportStats stats = new ImportStats("csv", read, entries.size(), read - entries.size(), 0,
                String.valueOf(delimiter), text.byteOrderMark(), header.ignored());
        return new ClusterImport(entries, rejections, stats);
    }

    private static ClusterDirectoryEntry entry(CsvRecords.Record r, Header<ClusterColumn> h, RowProblems p) {
        if (r.brokenColumn() != 0) {
            p.reject(h.nameAt(r.brokenColumn() - 1), r.problem()
                    + "; the rows after this line were read again from the next line");
            return null;
        }
        int overflow = h.overflow(r);
        if (overflow != 0) {
            p.reject("column " + overflow, "'" + r.cell(overflow - 1).strip() + "' lies beyond the header's "
                    + h.width() + " columns (expected at most " + h.width() + " cells; is a value with the"
                    + " delimiter in it not quoted?)");
            return null;
        }
        String name = h.cell(r, NAME);
        if (name.isEmpty()) {
            p.reject(h.name(NAME), "'' is missing (expected the cluster organisation's name)");
        }
        Country country = null;
        String c = h.cell(r, COUNTRY);
        if (c.isEmpty()) {
            p.reject(h.name(COUNTRY), "'' is missing (expected an ISO 3166-1 alpha-2 code such as CZ or CA)");
        } else {
            try {
                country = Country.parse(c);
            } catch (InvalidRecordException e) {
                p.reject(h.name(COUNTRY), "'" + c + "' is not a country (expected an ISO 3166-1 alpha-2 code such"
                        + " as CZ or CA; UK is read as GB)");
            }
        }
        NutsRegion nuts = null;
        String n = h.cell(r, NUTS);
        if (!n.isEmpty()) {
            try {
                nuts = NutsRegion.parse(n);
            } catch (InvalidRecordException e) {
                p.reject(h.name(NUTS), "'" + n + "' is not a NUTS code (expected e.g. CZ010)");
            }
        }
        URI website = null;
        String w = h.cell(r, WEBSITE);
        if (!w.isEmpty()) {
            try {
                website = Values.website(w);
            } catch (IllegalArgumentException e) {
                p.reject(h.name(WEBSITE), e.getMessage());
            }
        }
        Map<MemberType, Integer> counts = new EnumMap<>(MemberType.class);
        for (ClusterColumn col : COUNTS) {
            Integer v = count(r, h, col, p);
            if (v != null) {
                counts.put(col.memberType(), v);
            }
        }
        Integer total = count(r, h, MEMBERS_TOTAL, p);
        Integer year = null;
        String y = h.cell(r, YEAR_ESTABLISHED);
        if (!y.isEmpty()) {
            if (y.matches("[0-9]{4}")) {
                year = Integer.valueOf(y);
            } else {
                p.reject(h.name(YEAR_ESTABLISHED), "'" + y + "' is not a year (expected four digits such as 2009)");
            }
        }
        if (p.isFatal()) {
            return null;
        }
        try {
            return new ClusterDirectoryEntry(name, country, nuts, h.cell(r, CITY), website,
                    Values.split(h.cell(r, ECOSYSTEMS)), Values.split(h.cell(r, SECTORS)), counts, total, year);
        } catch (InvalidRecordException e) {
            ClusterColumn col = switch (e.field()) {
                case "totalMembers" -> MEMBERS_TOTAL;
                case "yearEstablished" -> YEAR_ESTABLISHED;
                default -> NAME;
            };
            p.reject(h.name(col), MemberRowMapper.reasonOf(e));
            return null;
        }
    }

    private static Integer count(CsvRecords.Record r, Header<ClusterColumn> h, ClusterColumn col, RowProblems p) {
        String v = h.cell(r, col);
        if (v.isEmpty()) {
            return null;
        }
        try {
            long n = Values.wholeNumber(v, "members");
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("'" + v + "' is too large (expected a count of members)");
            }
            return (int) n;
        } catch (IllegalArgumentException e) {
            p.reject(h.name(col), e.getMessage());
            return null;
        }
    }
}
