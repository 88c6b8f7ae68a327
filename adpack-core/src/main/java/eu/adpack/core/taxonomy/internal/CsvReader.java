package eu.adpack.core.taxonomy.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A reader of comma-separated values as RFC 4180 defines them: cells may be quoted, a quote inside a quoted cell is
 * doubled, quoted cells may hold commas and line breaks, and records end with CRLF or LF. A leading byte-order mark
 * is skipped.
 *
 * <p>Lenient where the RFC leaves room and strictness would only lose data: a quote inside an unquoted cell is kept
 * as a character. A cell that opens a quote and never closes it, or text after a closing quote, is an error naming
 * the line. Not thread-safe; a reader is used once.
 */
public final class CsvReader {
    /**
     * One record of a CSV file.
     *
     * <p>Immutable and thread-safe.
     *
     * @param line the 1-based line on which the record starts
     * @param cells the cells, unquoted
     */
    public record Row(int line, List<String> cells) {
        /** Copies the cells. */
        public Row {
            cells = List.copyOf(cells);
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

    /** An error in the CSV syntax itself. Immutable once thrown. */
    public static final class CsvSyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        CsvSyntaxException(String message) {
            super(message);
        }
    }

    private final Reader in;
    private final String source;
    private int line = 1;
    private int pushedBack = -2;

    private CsvReader(Reader in, String source) {
        this.in = Objects.requireNonNull(in, "in");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Reads every record; blank lines between records are skipped.
     *
     * @param in the text, closed by the caller
     * @param source the name of the input for error messages, e.g. a file name
     * @return the records in order, header included
     * @throws CsvSyntaxException if a quoted cell is not closed or text follows a closing quote
     * @throws UncheckedIOException if reading fails
     */
    public static List<Row> readAll(Reader in, String source) {
        CsvReader reader = new CsvReader(in, source);
        try {
            return reader.rows();
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read CSV near line " + reader.line, e);
        }
    }

    private List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        int c = read();
        if (c == '\uFEFF') {
            c = read();
        }
        unread(c);
        while (true) {
            int start = line;
            List<String> cells = new ArrayList<>();
            boolean end = readRecord(cells);
            boolean blank = cells.size() == 1 && cells.get(0).isEmpty();
            if (!blank) {
                rows.add(new Row(start, cells));
            }
            if (end) {
                return rows;
            }
        }
    }

    /** Reads one record into cells; returns whether the input ended. */
    private boolean readRecord(List<String> cells) throws IOException {
        StringBuilder cell = new StringBuilder();
        int c = read();
        if (c == -1) {
            cells.add("");
            return true;
        }
        while (true) {
            if (c == '"' && cell.length() == 0) {
                int quoteLine = line;
                while (true) {
                    c = read();
                    if (c == -1) {
                        throw new CsvSyntaxException(source + " line " + quoteLine
                                + ": quoted cell is never closed (expected a closing '\"')");
                    }
                    if (c == '"') {
                        int next = read();
                        if (next == '"') {
                            cell.append('"');
                        } else {
                            c = next;
                            break;
                        }
                    } else {
                        cell.append((char) c);
                    }
                }
                if (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    throw new CsvSyntaxException(source + " line " + line + ": '" + (char) c
                            + "' after a closing quote (expected ',' or the end of the line)");
                }
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    cell.append((char) c);
                    c = read();
                }
            }
            cells.add(cell.toString());
            cell.setLength(0);
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r') {
                int next = read();
                if (next != '\n') {
                    unread(next);
                }
            }
            if (c == -1) {
                return true;
            }
            int next = read();
            unread(next);
            return next == -1;
        }
    }

    private int read() throws IOException {
        int c;
        if (pushedBack != -2) {
            c = pushedBack;
            pushedBack = -2;
            return c;
        }
        c = in.read();
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
