package eu.adpack.adapters.files;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parsing of the cell values shared by the member-list and cluster-directory forms. */
final class Values {
    /** Separates the values of a multi-valued cell. */
    static final char SEPARATOR = ';';
    private static final Pattern WHOLE = Pattern.compile("[0-9]+");
    private static final Pattern GROUPING = Pattern.compile("[\\s\\u00A0\\u202F'_]");

    private Values() {}

    /** The non-blank values of a multi-valued cell, stripped. */
    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split(String.valueOf(SEPARATOR), -1)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /**
     * A whole non-negative number; blanks, apostrophes and underscores between digit groups are allowed, as in
     * {@code 1 200 000}.
     *
     * @throws IllegalArgumentException with the reason, naming the value and what was expected
     */
    static long wholeNumber(String cell, String unit) {
        String digits = GROUPING.matcher(cell).replaceAll("");
        if (!WHOLE.matcher(digits).matches() || digits.length() > 15) {
            throw new IllegalArgumentException("'" + cell + "' is not a whole number (expected a whole number of "
                    + unit + " such as 1200000)");
        }
        return Long.parseLong(digits);
    }

    /**
     * A web address; one without a scheme, such as {@code www.example.cz}, is taken as https.
     *
     * @throws IllegalArgumentException with the reason
     */
    static URI website(String cell) {
        String t = cell.strip();
        if (!t.contains("://")) {
            t = "https://" + t;
        }
        try {
            URI uri = new URI(t);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below with the value and what was expected
        }
        throw new IllegalArgumentException("'" + cell + "' is not a web address (expected e.g."
                + " https://www.example.cz)");
    }

    /** Upper-case letters and digits with underscores between words, so {@code end-of-life} reads as END_OF_LIFE. */
    static String constantName(String text) {
        return text.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
