package eu.adpack.adapters.files;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records as RFC 4180 describes them, with the delimiter given, and the physical line on which
 * each record starts.
 *
 * <p>Lenient where spreadsheets and hand edits differ from the RFC and strictness would only lose data: blanks before
 * an opening quote are skipped, text after a closing quote is kept, a quote inside an unquoted cell is a character,
 * a lone CR ends a line. A quoted cell that is never closed would swallow the rest of the file; instead its record is
 * returned as broken and parsing resumes on the next physical line, so the rows after it survive.
 */
final class CsvParser {
    /**
     * One record.
     *
     * @param line the physical line (1-based) on which the record starts
     * @param cells the cells, unquoted; for a broken record the cells read before the unclosed quote
     * @param brokenColumn 0 for a complete record, else the 1-based column whose quote is never closed
     */
    record Record(int line, List<String> cells, int brokenColumn) {
        Record {
            cells = List.copyOf(cells);
        }

        boolean isBlank() {
            for (String c : cells) {
                if (!c.isBlank()) {
                    return false;
                }
            }
            return true;
        }

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    private final String text;
    private final char delimiter;
    private int pos;
    private int line = 1;

    private CsvParser(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /**
     * Detects the delimiter from the first record alone, since {@code ;} also separates values inside cells: the one
     * of {@code ,}, {@code ;} and tab that occurs most often outside quotes, {@code ,} on a tie.
     */
    static char detectDelimiter(String text) {
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

    static List<Record> parse(String text, char delimiter) {
        return new CsvParser(text, delimiter).records();
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

    /** Reads one record into cells; returns false if a quoted cell is never closed. */
    private boolean readRecord(List<String> cells) {
        int n = text.length();
        StringBuilder cell = new StringBuilder();
        while (true) {
            int q = pos;
            while (q < n && (text.charAt(q) == ' ' || text.charAt(q) == '\t') && text.charAt(q) != delimiter) {
                q++;
            }
            if (q < n && text.charAt(q) == '"') {
                pos = q + 1;
                if (!readQuoted(cell)) {
                    return false;
                }
            }
            while (pos < n) {
                char c = text.charAt(pos);
                if (c == delimiter || c == '\n' || c == '\r') {
                    break;
                }
                cell.append(c);
                pos++;
            }
            cells.add(cell.toString());
            cell.setLength(0);
            if (pos >= n) {
                return true;
            }
            char c = text.charAt(pos);
            if (c == delimiter) {
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
