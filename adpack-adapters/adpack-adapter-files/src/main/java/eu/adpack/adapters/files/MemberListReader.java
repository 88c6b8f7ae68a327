package eu.adpack.adapters.files;

import eu.adpack.core.internal.csv.CsvRecords;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a cluster's member list, in the CSV form of the template or in the JSON form, into {@link Member}s, a
 * rejection report and figures; the module's README describes both forms.
 *
 * <p>The form is detected from the content: text whose first character is {@code [} or <code>{</code> is JSON,
 * anything else CSV. Every bad record is reported with its line, column and reason, and the good ones are imported;
 * only an input that is unusable as a whole throws. Immutable and thread-safe: one reader may serve many imports at
 * once.
 */
public final class MemberListReader {
    private final FileImportConfig config;
    private final Keywords keywords;

    private MemberListReader(FileImportConfig config) {
        this.config = config;
        this.keywords = new Keywords(config);
    }

    /**
     * Returns a reader with the given settings.
     *
     * @param config the settings
     * @return the reader
     */
    public static MemberListReader create(FileImportConfig config) {
        return new MemberListReader(Objects.requireNonNull(config, "config"));
    }

    /**
     * Returns a reader with {@link FileImportConfig#DEFAULT}.
     *
     * @return the reader
     */
    public static MemberListReader withDefaults() {
        return new MemberListReader(FileImportConfig.DEFAULT);
    }

    /**
     * Reads a member list from a file.
     *
     * @param file a CSV or JSON file in UTF-8, with or without a byte-order mark
     * @return the members, rejections and figures
     * @throws UnreadableFileException if the file is unusable as a whole, naming what is wrong
     * @throws UncheckedIOException if the file cannot be read
     */
    public MemberImport read(Path file) {
        return ImportInput.fromFile(file, this::read);
    }

    /**
     * Reads a member list from a stream, which is read to its end and not closed.
     *
     * @param in the content, CSV or JSON in UTF-8
     * @param source the name of the input for reports, e.g. the file name
     * @return the members, rejections and figures
     * @throws UnreadableFileException if the input is unusable as a whole
     * @throws UncheckedIOException if reading fails
     */
    public MemberImport read(InputStream in, String source) {
        return ImportInput.fromStream(in, source, this::read);
    }

    private MemberImport read(byte[] bytes, String source) {
        TextDecoder.Text text = TextDecoder.decode(bytes, source);
        String t = text.text().stripLeading();
        if (t.startsWith("[") || t.startsWith("{")) {
            return new MemberJsonReader(config, keywords).read(text, source);
        }
        return readCsv(text, source);
    }

    private MemberImport readCsv(TextDecoder.Text text, String source) {
        char delimiter = CsvRecords.detectDelimiter(text.text().stripLeading());
        List<CsvRecords.Record> records = CsvRecords.parse(text.text(), delimiter);
        int first = Header.firstRecord(records, source);
        List<MemberColumn> required = new ArrayList<>();
        for (MemberColumn c : MemberColumn.values()) {
            if (c.required) {
                required.add(c);
            }
        }
        Header<MemberColumn> header = Header.read(records.get(first), MemberColumn.class, MemberColumn::forHeader,
                required, c -> c.header, source);
        MemberRowMapper mapper = new MemberRowMapper(config, keywords, header);
        List<Member> members = new ArrayList<>();
        List<ImportRejection> rejections = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        int read = 0;
        int dropped = 0;
        for (int i = first + 1; i < records.size(); i++) {
            CsvRecords.Record r = records.get(i);
            if (r.brokenColumn() == 0 && r.isBlank()) {
                continue;
            }
            read++;
            MemberRowMapper.Outcome o = mapper.map(r);
            if (o.member() != null) {
                String id = o.member().organisation().id();
                Integer before = idLines.putIfAbsent(id, r.line());
                if (before != null) {
                    rejections.add(new ImportRejection(r.line(), id, header.name(MemberColumn.ID), "'" + id
                            + "' is used twice (first on line " + before + "; expected a unique id per member)",
                            false));
                    continue;
                }
                members.add(o.member());
                dropped += o.dropped();
            }
            rejections.addAll(o.rejections());
        }
        ImportStats stats = new ImportStats("csv", read, members.size(), read - members.size(), dropped,
                String.valueOf(delimiter), text.byteOrderMark(), header.ignored());
        return new MemberImport(members, rejections, stats);
    }
}
