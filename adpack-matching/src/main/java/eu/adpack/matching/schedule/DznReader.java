package eu.adpack.matching.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the MiniZinc data files ({@code .dzn}) of the published B2B meeting scheduling instances into a {@link
 * SchedulingProblem}.
 *
 * <p>Fields: {@code nBusiness}, {@code nMeetings}, {@code nTables}, {@code nTotalSlots}, {@code nMorningSlots},
 * {@code requested} (required), and {@code meetingsxBusiness} (meetings shifted by one, 1 = none),
 * {@code nMeetingsBusiness}, {@code forbidden} (0 = none), {@code fixed} (0 = free) and {@code precedences}, which
 * are checked against {@code requested} when present. Every error names the file, the line, the field and the bad
 * value. The fairness bound is not part of the files; set it with {@link SchedulingProblem#withFairness}. Stateless
 * and thread-safe.
 */
public final class DznReader {

    private DznReader() {
    }

    /**
     * Reads a file.
     *
     * @param file the {@code .dzn} file
     * @return the problem, without fairness bound
     * @throws InvalidProblemException if the file is malformed or contradicts itself
     * @throws UncheckedIOException if it cannot be read
     */
    public static SchedulingProblem read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Parses the text of a file.
     *
     * @param source the name used in error messages, e.g. the file name
     * @param text the file's content
     * @return the problem, without fairness bound
     * @throws InvalidProblemException if the text is malformed or contradicts itself
     */
    public static SchedulingProblem parse(String source, String text) {
        Map<String, Value> fields = new Parser(source, text).assignments();
        return new Builder(source, fields).build();
    }

    /** A parsed value: an int, or a list of elements, each a list of ints (a set, a matrix row or a single int). */
    private record Value(int line, Integer scalar, List<Element> elements) {
    }

    private record Element(int line, List<Integer> ints) {
    }

    private record Token(String text, int line) {
    }

    private static final class Parser {
        private final String source;
        private final List<Token> tokens = new ArrayList<>();
        private int pos;

        Parser(String source, String text) {
            this.source = source;
            int line = 1;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '%') {
                    while (i < text.length() && text.charAt(i) != '\n') {
                        i++;
                    }
                } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                    int start = i;
                    i++;
                    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                        i++;
                    }
                    tokens.add(new Token(text.substring(start, i), line));
                } else if (c == '[' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
                    tokens.add(new Token("[|", line));
                    i += 2;
                } else if (c == '|' && i + 1 < text.length() && text.charAt(i + 1) == ']') {
                    tokens.add(new Token("|]", line));
                    i += 2;
                } else if ("[]{}|,;=".indexOf(c) >= 0) {
                    tokens.add(new Token(String.valueOf(c), line));
                    i++;
                } else {
                    throw error(line, "syntax", "unexpected character '" + c + "'");
                }
            }
        }

        private InvalidProblemException error(int line, String field, String what) {
            return new InvalidProblemException(source + ":" + line + ": " + field + ": " + what);
        }

        private Token peek() {
            return pos < tokens.size() ? tokens.get(pos) : null;
        }

        private Token next(String field) {
            Token t = peek();
            if (t == null) {
                int line = tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).line();
                throw error(line, field, "unexpected end of file");
            }
            pos++;
            return t;
        }

        private void expect(String text, String field) {
            Token t = next(field);
            if (!t.text().equals(text)) {
                throw error(t.line(), field, "found '" + t.text() + "' (expected '" + text + "')");
            }
        }

        private int integer(String field) {
            Token t = next(field);
            try {
                return Integer.parseInt(t.text());
            } catch (NumberFormatException e) {
                throw error(t.line(), field, "'" + t.text() + "' is not an integer");
            }
        }

        Map<String, Value> assignments() {
            Map<String, Value> out = new HashMap<>();
            while (peek() != null) {
                Token name = next("assignment");
                if (!name.text().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw error(name.line(), "assignment", "found '" + name.text() + "' (expected a field name)");
                }
                expect("=", name.text());
                Value v = value(name.text(), name.line());
                expect(";", name.text());
                if (out.put(name.text(), v) != null) {
                    throw error(name.line(), name.text(), "assigned twice");
                }
            }
            return out;
        }

        private Value value(String field, int line) {
            Token t = peek();
            if (t == null) {
                throw error(line, field, "unexpected end of file");
            }
            if (t.text().equals("[|")) {
                pos++;
                List<Element> rows = new ArrayList<>();
                if (peek(field).equals("|") && pos + 1 < tokens.size() && tokens.get(pos + 1).text().equals("|]")) {
                    pos++;
                }
                while (!peek(field).equals("|]")) {
                    int rowLine = tokens.get(pos).line();
                    List<Integer> row = new ArrayList<>();
                    row.add(integer(field));
                    while (peek(field).equals(",")) {
                        pos++;
                        if (peek(field).equals("|") || peek(field).equals("|]")) {
                            break;
                        }
                        row.add(integer(field));
                    }
                    rows.add(new Element(rowLine, row));
                    if (peek(field).equals("|")) {
                        pos++;
                    }
                }
                pos++;
                return new Value(t.line(), null, rows);
            }
            if (t.text().equals("[")) {
                pos++;
                List<Element> elements = new ArrayList<>();
                while (!peek(field).equals("]")) {
                    int elLine = tokens.get(pos).line();
                    if (peek(field).equals("{")) {
                        pos++;
                        List<Integer> set = new ArrayList<>();
                        while (!peek(field).equals("}")) {
                            set.add(integer(field));
                            if (peek(field).equals(",")) {
                                pos++;
                            }
                        }
                        pos++;
                        elements.add(new Element(elLine, set));
                    } else {
                        elements.add(new Element(elLine, List.of(integer(field))));
                    }
                    if (peek(field).equals(",")) {
                        pos++;
                    } else if (!peek(field).equals("]")) {
                        Token bad = tokens.get(pos);
                        throw error(bad.line(), field, "found '" + bad.text() + "' (expected ',' or ']')");
                    }
                }
                pos++;
                return new Value(t.line(), null, elements);
            }
            return new Value(t.line(), integer(field), null);
        }

        private String peek(String field) {
            Token t = peek();
            if (t == null) {
                int line = tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).line();
                throw error(line, field, "unexpected end of file");
            }
            return t.text();
        }
    }

    private static final class Builder {
        private final String source;
        private final Map<String, Value> fields;

        Builder(String source, Map<String, Value> fields) {
            this.source = source;
            this.fields = fields;
        }

        private InvalidProblemException error(int line, String field, String what) {
            return new InvalidProblemException(source + ":" + line + ": " + field + ": " + what);
        }

        private int scalar(String field, int min) {
            Value v = fields.get(field);
            if (v == null) {
                throw new InvalidProblemException(source + ": " + field + ": missing (expected '" + field
                        + " = <integer>;')");
            }
            if (v.scalar() == null) {
                throw error(v.line(), field, "is a list (expected an integer)");
            }
            if (v.scalar() < min) {
                throw error(v.line(), field, v.scalar() + " (expected " + min + " or more)");
            }
            return v.scalar();
        }

        private List<Element> list(String field, int expectedSize, boolean required) {
            Value v = fields.get(field);
            if (v == null) {
                if (required) {
                    throw new InvalidProblemException(source + ": " + field + ": missing");
                }
                return null;
            }
            if (v.elements() == null) {
                throw error(v.line(), field, v.scalar() + " is an integer (expected a list)");
            }
            if (v.elements().size() != expectedSize) {
                throw error(v.line(), field, v.elements().size() + " entries (expected " + expectedSize + ")");
            }
            return v.elements();
        }

        SchedulingProblem build() {
            int nBusiness = scalar("nBusiness", 0);
            int nMeetings = scalar("nMeetings", 0);
            int nTables = scalar("nTables", 1);
            int nSlots = scalar("nTotalSlots", 1);
            int nMorning = scalar("nMorningSlots", 0);
            if (nMorning > nSlots) {
                throw error(fields.get("nMorningSlots").line(), "nMorningSlots", nMorning
                        + " (expected at most nTotalSlots = " + nSlots + ")");
            }
            List<Element> requested = list("requested", nMeetings, true);
            List<Element> fixed = list("fixed", nMeetings, false);
            List<Element> precedences = list("precedences", nMeetings, false);
            List<MeetingTask> meetings = new ArrayList<>();
            List<Set<Integer>> byBusiness = new ArrayList<>();
            for (int p = 0; p <= nBusiness; p++) {
                byBusiness.add(new TreeSet<>());
            }
            for (int i = 0; i < nMeetings; i++) {
                int id = i + 1;
                Element row = requested.get(i);
                String field = "requested[" + id + "]";
                if (row.ints().size() != 3) {
                    throw error(row.line(), field, row.ints().size() + " values (expected participant, participant, "
                            + "session)");
                }
                int a = row.ints().get(0);
                int b = row.ints().get(1);
                for (int p : new int[] {a, b}) {
                    if (p < 1 || p > nBusiness) {
                        throw error(row.line(), field, "participant " + p + " is unknown (expected 1.." + nBusiness
                                + ")");
                    }
                }
                if (a == b) {
                    throw error(row.line(), field, "participant " + a + " meets herself");
                }
                int code = row.ints().get(2);
                if (code < 1 || code > 3) {
                    throw error(row.line(), field, "session " + code + " (expected 1, 2 or 3)");
                }
                SlotWindow session = SlotWindow.ofCode(code);
                OptionalInt fixedSlot = OptionalInt.empty();
                if (fixed != null) {
                    Element f = fixed.get(i);
                    int s = f.ints().get(0);
                    if (s < 0 || s > nSlots) {
                        throw error(f.line(), "fixed[" + id + "]", s + " is out of range (expected 0 for free or 1.."
                                + nSlots + ")");
                    }
                    if (s > 0) {
                        if (!session.contains(s, nMorning)) {
                            throw error(f.line(), "fixed[" + id + "]", "slot " + s + " lies outside the meeting's "
                                    + "session " + session);
                        }
                        fixedSlot = OptionalInt.of(s);
                    }
                }
                Set<Integer> preds = new TreeSet<>();
                if (precedences != null) {
                    Element pr = precedences.get(i);
                    for (int q : pr.ints()) {
                        if (q < 1 || q > nMeetings || q == id) {
                            throw error(pr.line(), "precedences[" + id + "]", "meeting " + q + " (expected a meeting 1.."
                                    + nMeetings + " other than " + id + ")");
                        }
                        preds.add(q);
                    }
                }
                meetings.add(new MeetingTask(id, a, b, session, fixedSlot, preds, Set.of()));
                byBusiness.get(a).add(id);
                byBusiness.get(b).add(id);
            }
            List<Element> mxb = list("meetingsxBusiness", nBusiness, false);
            if (mxb != null) {
                for (int p = 1; p <= nBusiness; p++) {
                    Element e = mxb.get(p - 1);
                    Set<Integer> listed = new TreeSet<>();
                    for (int shifted : e.ints()) {
                        if (shifted < 1 || shifted > nMeetings + 1) {
                            throw error(e.line(), "meetingsxBusiness[" + p + "]", shifted + " (expected 1 for none or "
                                    + "meeting+1 in 2.." + (nMeetings + 1) + ")");
                        }
                        if (shifted > 1) {
                            listed.add(shifted - 1);
                        }
                    }
                    if (!listed.equals(byBusiness.get(p))) {
                        throw error(e.line(), "meetingsxBusiness[" + p + "]", "meetings " + listed
                                + " disagree with requested, which gives participant " + p + " meetings "
                                + byBusiness.get(p));
                    }
                }
            }
            List<Element> counts = list("nMeetingsBusiness", nBusiness, false);
            if (counts != null) {
                for (int p = 1; p <= nBusiness; p++) {
                    Element e = counts.get(p - 1);
                    if (e.ints().size() != 1 || e.ints().get(0) != byBusiness.get(p).size()) {
                        throw error(e.line(), "nMeetingsBusiness[" + p + "]", e.ints() + " disagrees with requested, "
                                + "which gives participant " + p + " " + byBusiness.get(p).size() + " meetings");
                    }
                }
            }
            SchedulingProblem.Builder builder = SchedulingProblem.builder().participants(nBusiness).slots(nSlots)
                    .morningSlots(nMorning).tables(nTables);
            List<Element> forbidden = list("forbidden", nBusiness, false);
            if (forbidden != null) {
                for (int p = 1; p <= nBusiness; p++) {
                    Element e = forbidden.get(p - 1);
                    for (int s : e.ints()) {
                        if (s < 0 || s > nSlots) {
                            throw error(e.line(), "forbidden[" + p + "]", "slot " + s + " is out of range (expected 0 "
                                    + "for none or 1.." + nSlots + ")");
                        }
                        if (s > 0) {
                            builder.forbid(p, s);
                        }
                    }
                }
            }
            meetings.forEach(builder::meeting);
            try {
                return builder.build();
            } catch (InvalidProblemException e) {
                throw new InvalidProblemException(source + ": " + e.getMessage());
            }
        }
    }
}
