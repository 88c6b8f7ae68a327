package eu.adpack.core.internal.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Comma-separated values read with Jackson's CSV data format into records that know the physical line they start on,
 * in two modes: strict for files we ship ({@link #readStrict}) and lenient for files users bring ({@link #parse}).
 * Not API.
 *
 * <p>Both modes (Jackson's behaviour): cells may be quoted, a quote inside a quoted cell is doubled, quoted cells may
 * hold delimiters and line breaks, records end with CRLF, LF or a lone CR, blanks before an opening quote are
 * skipped, and a quote inside an unquoted cell is kept as a character. What Jackson does not do and this class adds:
 * the line on which each record starts, a byte-order mark skipped in strict mode, and the delimiter detection of
 * {@link #detectDelimiter}.
 *
 * <p>Strict mode, for data whose errors must not pass silently: the delimiter is {@code ,}, blank lines are skipped,
 * and a syntax error (a quoted cell never closed, text after a closing quote) is a {@link CsvSyntaxException} naming
 * the line.
 *
 * <p>Lenient mode: the delimiter is given and blank records are returned for the caller to skip. A syntax error would
 * end Jackson's reading of the whole file; instead the record it occurs in is returned as broken, with the reason,
 * and reading resumes with a fresh parser on the next physical line, so the rows after it survive.
 *
 * <p>Stateless from the outside: the static methods may be called from any thread.
 */
public final class CsvRecords {
    /** Jackson's mapper is immutable and thread-safe once built; only its streaming parser is used here. */
    private static final CsvMapper CSV = CsvMapper.shared();

    /**
     * One record.
     *
     * <p>Immutable and thread-safe.
     *
     * @param line the physical line (1-based) on which the record starts
     * @param cells the cells, unquoted; for a broken record the cells read before the syntax error
     * @param brokenColumn 0 for a complete record, else the 1-based column in which the syntax error lies (lenient
     *     mode only)
     * @param problem for a broken record what is wrong, e.g. {@code a quoted cell is never closed (expected a closing
     *     '"')} or {@code the CSV syntax is broken at column 19: ...} with Jackson's message; empty for a complete
     *     one
     */
    public record Record(int line, List<String> cells, int brokenColumn, String problem) {
        /** Copies the cells. */
        public Record {
            cells = List.copyOf(cells);
            Objects.requireNonNull(problem, "problem");
        }

        /**
         * Returns whether every cell is blank.
         *
         * @return true for a record of blank cells only
         */
        public boolean isBlank() {
            for (String c : cells) {
                if (!c.isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Returns the cell at an index, or the empty string when the record is shorter.
         *
         * @param index 0-based column index
         * @return the cell, never null
         */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /** An error in the CSV syntax itself, raised in strict mode. Immutable once thrown. */
    public static final class CsvSyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        CsvSyntaxException(String message) {
            super(message);
        }
    }

    /** The problem of a record whose quoted cell is never closed. */
    private static final String UNCLOSED = "a quoted cell is never closed (expected a closing '\"')";

    private CsvRecords() {
    }

    /**
     * Detects the delimiter from the first record alone, since {@code ;} also separates values inside cells: the one
     * of {@code ,}, {@code ;} and tab that occurs most often outside quotes, {@code ,} on a tie.
     *
     * @param text the text, from its first record on
     * @return the delimiter
     */
    public static char detectDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                } else if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * Parses text leniently; never fails on syntax.
     *
     * @param text the text, without a byte-order mark
     * @param delimiter the cell delimiter
     * @return every record in order, blank and broken ones included
     */
    public static List<Record> parse(String text, char delimiter) {
        Objects.requireNonNull(text, "text");
        int[] lineStarts = lineStarts(text);
        List<Record> out = new ArrayList<>();
        int from = 1;
        while (from <= lineStarts.length) {
            Broken broken = readFrom(text.substring(lineStarts[from - 1]), from, delimiter, out);
            if (broken == null) {
                break;
            }
            out.add(new Record(broken.line(), broken.cells(), broken.cells().size() + 1, broken.problem()));
            from = broken.line() + 1;
        }
        return out;
    }

    /**
     * Reads comma-separated text strictly; blank lines between records are skipped.
     *
     * @param in the text, closed by the caller
     * @param source the name of the input for error messages, e.g. a file name
     * @return the records in order, header included
     * @throws CsvSyntaxException if a quoted cell is not closed or text follows a closing quote
     * @throws UncheckedIOException if reading fails
     */
    public static List<Record> readStrict(Reader in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        StringWriter text = new StringWriter();
        try {
            in.transferTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read CSV", e);
        }
        String t = text.toString();
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        List<Record> all = new ArrayList<>();
        Broken broken = readFrom(t, 1, ',', all);
        if (broken != null) {
            // The taxonomy loaders' messages predate Jackson and name the unclosed quote without an article.
            String problem = broken.problem().equals(UNCLOSED) ? UNCLOSED.substring(2) : broken.problem();
            throw new CsvSyntaxException(source + " line " + broken.errorLine() + ": " + problem);
        }
        List<Record> out = new ArrayList<>();
        for (Record r : all) {
            // A blank line reads as one empty cell; a record of one empty quoted cell is indistinguishable from it.
            if (!(r.cells().size() == 1 && r.cells().get(0).isEmpty())) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Where a syntax error stopped Jackson.
     *
     * @param line the line on which the broken record starts
     * @param cells the cells of the broken record read before the error
     * @param errorLine the line of the error itself: where the quote opened, or where the stray text lies
     * @param problem what is wrong and what was expected
     */
    private record Broken(int line, List<String> cells, int errorLine, String problem) {
    }

    /**
     * Reads records from text that starts on physical line {@code firstLine} until the end or the first syntax error.
     *
     * @return null when the text was read to its end, else the broken record
     */
    private static Broken readFrom(String text, int firstLine, char delimiter, List<Record> out) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withoutEscapeChar();
        int recordLine = firstLine;
        List<String> cells = new ArrayList<>();
        try (JsonParser p = CSV.reader(schema).with(CsvReadFeature.WRAP_AS_ARRAY)
                .createParser(new StringReader(text))) {
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    depth++;
                    cells = new ArrayList<>();
                } else if (t == JsonToken.END_ARRAY) {
                    depth--;
                    if (depth == 1) {
                        out.add(new Record(recordLine, cells.isEmpty() ? List.of("") : cells, 0, ""));
                        cells = new ArrayList<>();
                        // After a record Jackson stands at the start of the next line, line breaks in quotes counted.
                        recordLine = firstLine - 1 + p.currentLocation().getLineNr();
                    }
                } else if (t == JsonToken.VALUE_STRING) {
                    cells.add(p.getString());
                }
            }
            return null;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int errorLine = at == null || at.getLineNr() < 1 ? recordLine : firstLine - 1 + at.getLineNr();
            String message = String.valueOf(e.getOriginalMessage());
            if (message.startsWith("Missing closing quote")) {
                // Jackson reports the end of the input; the quote opened in the record being read.
                return new Broken(recordLine, cells, recordLine, UNCLOSED);
            }
            // Jackson's column is the one after the character it could not take; name that character's column.
            String column = at == null || at.getColumnNr() < 2 ? "" : " at column " + (at.getColumnNr() - 1);
            return new Broken(recordLine, cells, errorLine, "the CSV syntax is broken" + column + ": " + message);
        }
    }

    /** The offset at which each physical line starts; a line ends with CRLF, LF or a lone CR, as Jackson counts. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            if ((c == '\n' || c == '\r') && i + 1 < n) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
