package eu.adpack.core.internal.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parser of comma-separated values as RFC 4180 describes them, in two modes: strict for files we ship
 * ({@link #readStrict}) and lenient for files users bring ({@link #parse}). Not API.
 *
 * <p>Both modes: cells may be quoted, a quote inside a quoted cell is doubled, quoted cells may hold delimiters and
 * line breaks, records end with CRLF, LF or a lone CR, a quote inside an unquoted cell is kept as a character, and
 * each record carries the physical line on which it starts.
 *
 * <p>Strict mode, for data whose errors must not pass silently: the delimiter is {@code ,}, a leading byte-order mark
 * is skipped, blank lines are skipped, and a quoted cell that is never closed, or text after a closing quote, is a
 * {@link CsvSyntaxException} naming the line.
 *
 * <p>Lenient mode, where spreadsheets and hand edits differ from the RFC and strictness would only lose data: the
 * delimiter is given (see {@link #detectDelimiter}), blanks before an opening quote are skipped, text after a closing
 * quote is kept, and blank records are returned for the caller to skip. A quoted cell that is never closed would
 * swallow the rest of the file; instead its record is returned as broken and parsing resumes on the next physical
 * line, so the rows after it survive.
 *
 * <p>Stateless from the outside: the static methods may be called from any thread.
 */
public final class CsvParser {
    /**
     * One record.
     *
     * <p>Immutable and thread-safe.
     *
     * @param line the physical line (1-based) on which the record starts
     * @param cells the cells, unquoted; for a broken record the cells read before the unclosed quote
     * @param brokenColumn 0 for a complete record, else the 1-based column whose quote is never closed (lenient
     *     mode only)
     */
    public record Record(int line, List<String> cells, int brokenColumn) {
        /** Copies the cells. */
        public Record {
            cells = List.copyOf(cells);
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

    private final String text;
    private final char delimiter;
    private final String source;
    private int pos;
    private int line = 1;

    /** {@code source} is null in lenient mode and names the input in strict mode. */
    private CsvParser(String text, char delimiter, String source) {
        this.text = text;
        this.delimiter = delimiter;
        this.source = source;
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
        return new CsvParser(text, delimiter, null).records();
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
        List<Record> out = new ArrayList<>();
        for (Record r : new CsvParser(t, ',', source).records()) {
            // A blank line reads as one empty cell; a record of one empty quoted cell is indistinguishable from it.
            if (!(r.cells().size() == 1 && r.cells().get(0).isEmpty())) {
                out.add(r);
            }
        }
        return out;
    }

    private boolean strict() {
        return source != null;
    }

    private List<Record> records() {
        List<Record> out = new ArrayList<>();
        int n = text.length();
        while (pos < n) {
            int startLine = line;
            int startPos = pos;
            List<String> cells = new ArrayList<>();
            if (readRecord(cells)) {
                out.add(new Record(startLine, cells, 0));
            } else {
                out.add(new Record(startLine, cells, cells.size() + 1));
                pos = startPos;
                skipLine();
                line = startLine + 1;
            }
        }
        return out;
    }

    /** Reads one record into cells; returns false if a quoted cell is never closed (lenient mode). */
    private boolean readRecord(List<String> cells) {
        int n = text.length();
        StringBuilder cell = new StringBuilder();
        while (true) {
            int q = pos;
            if (!strict()) {
                while (q < n && (text.charAt(q) == ' ' || text.charAt(q) == '\t') && text.charAt(q) != delimiter) {
                    q++;
                }
            }
            if (q < n && text.charAt(q) == '"') {
                int quoteLine = line;
                pos = q + 1;
                if (!readQuoted(cell)) {
                    if (strict()) {
                        throw new CsvSyntaxException(source + " line " + quoteLine
                                + ": quoted cell is never closed (expected a closing '\"')");
                    }
                    return false;
                }
                if (strict() && pos < n && !endsCell(text.charAt(pos))) {
                    throw new CsvSyntaxException(source + " line " + line + ": '" + text.charAt(pos)
                            + "' after a closing quote (expected '" + delimiter + "' or the end of the line)");
                }
            }
            while (pos < n && !endsCell(text.charAt(pos))) {
                cell.append(text.charAt(pos));
                pos++;
            }
            cells.add(cell.toString());
            cell.setLength(0);
            if (pos >= n) {
                return true;
            }
            if (text.charAt(pos) == delimiter) {
                pos++;
                if (pos >= n) {
                    cells.add("");
                    return true;
                }
                continue;
            }
            skipLineBreak();
            return true;
        }
    }

    private boolean endsCell(char c) {
        return c == delimiter || c == '\n' || c == '\r';
    }

    private boolean readQuoted(StringBuilder cell) {
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < n && text.charAt(pos + 1) == '"') {
                    cell.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                return true;
            }
            if (c == '\n' || (c == '\r' && (pos + 1 >= n || text.charAt(pos + 1) != '\n'))) {
                line++;
            }
            cell.append(c);
            pos++;
        }
        return false;
    }

    private void skipLine() {
        int n = text.length();
        while (pos < n && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
        if (pos < n) {
            skipLineBreak();
        }
    }

    private void skipLineBreak() {
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
    }
}
