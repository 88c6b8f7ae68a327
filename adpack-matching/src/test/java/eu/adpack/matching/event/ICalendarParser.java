package eu.adpack.matching.event;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small iCalendar (RFC 5545) reader written for the tests, independent of the writer: it insists on CRLF line
 * ends and physical lines of at most 75 octets, unfolds, checks that BEGIN/END nest, and returns the components with
 * their properties (name → list of "params:value").
 */
final class ICalendarParser {

    /** One component: its name, its properties (name without parameters → raw "params|value" strings), children. */
    record Component(String name, Map<String, List<String>> properties, List<Component> children) {

        String value(String property) {
            List<String> vs = properties.get(property);
            if (vs == null) {
                return null;
            }
            String v = vs.get(0);
            return v.substring(v.indexOf('|') + 1);
        }

        String params(String property) {
            String v = properties.get(property).get(0);
            return v.substring(0, v.indexOf('|'));
        }

        List<Component> all(String childName) {
            return children.stream().filter(c -> c.name().equals(childName)).toList();
        }
    }

    private ICalendarParser() {
    }

    static Component parse(String text) {
        if (!text.endsWith("\r\n")) {
            throw new IllegalArgumentException("the document does not end with CRLF");
        }
        String[] physical = text.substring(0, text.length() - 2).split("\r\n", -1);
        List<String> logical = new ArrayList<>();
        for (String line : physical) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("bare LF or CR in line: " + line);
            }
            if (line.getBytes(StandardCharsets.UTF_8).length > 75) {
                throw new IllegalArgumentException("line longer than 75 octets: " + line);
            }
            if (line.startsWith(" ") || line.startsWith("\t")) {
                if (logical.isEmpty()) {
                    throw new IllegalArgumentException("continuation without a line to continue");
                }
                logical.set(logical.size() - 1, logical.get(logical.size() - 1) + line.substring(1));
            } else {
                logical.add(line);
            }
        }
        Deque<Component> open = new ArrayDeque<>();
        Component root = null;
        for (String line : logical) {
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("not a content line: " + line);
            }
            String nameAndParams = line.substring(0, colon);
            String value = line.substring(colon + 1);
            int semi = nameAndParams.indexOf(';');
            String name = semi < 0 ? nameAndParams : nameAndParams.substring(0, semi);
            String params = semi < 0 ? "" : nameAndParams.substring(semi + 1);
            if (name.equals("BEGIN")) {
                Component c = new Component(value, new LinkedHashMap<>(), new ArrayList<>());
                if (open.isEmpty()) {
                    if (root != null) {
                        throw new IllegalArgumentException("two top-level components");
                    }
                    root = c;
                } else {
                    open.peek().children().add(c);
                }
                open.push(c);
            } else if (name.equals("END")) {
                if (open.isEmpty() || !open.pop().name().equals(value)) {
                    throw new IllegalArgumentException("END:" + value + " does not close the open component");
                }
            } else {
                if (open.isEmpty()) {
                    throw new IllegalArgumentException("property outside any component: " + line);
                }
                open.peek().properties().computeIfAbsent(name, k -> new ArrayList<>()).add(params + "|" + value);
            }
        }
        if (!open.isEmpty() || root == null) {
            throw new IllegalArgumentException("unclosed component");
        }
        return root;
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                out.append(n == 'n' || n == 'N' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
