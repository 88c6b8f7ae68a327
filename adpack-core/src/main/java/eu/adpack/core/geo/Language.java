package eu.adpack.core.geo;

import eu.adpack.core.InvalidRecordException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A language, by its ISO 639-1 two-letter code ({@code en}, {@code cs}, {@code zh}, {@code fr}).
 *
 * <p>Codes are checked against the JDK's list of ISO languages; the JSON form is the code. Immutable and
 * thread-safe.
 *
 * @param code the lower-case ISO 639-1 code
 */
public record Language(String code) implements Comparable<Language> {
    private static final Set<String> ISO = Set.of(Locale.getISOLanguages());

    /**
     * Validates the code.
     *
     * @throws InvalidRecordException if the code is not a lower-case ISO 639-1 code
     */
    public Language {
        if (code == null || !ISO.contains(code)) {
            throw new InvalidRecordException("language", "code", code, "an ISO 639-1 code such as en or zh");
        }
    }

    /**
     * Parses a language code, case-insensitive, surrounding white space ignored.
     *
     * @param text the code
     * @return the language
     * @throws InvalidRecordException if the text is no ISO 639-1 code
     */
    public static Language parse(String text) {
        Objects.requireNonNull(text, "text");
        String c = text.strip().toLowerCase(Locale.ROOT);
        if (!ISO.contains(c)) {
            throw new InvalidRecordException("language", "code", text, "an ISO 639-1 code such as en or zh");
        }
        return new Language(c);
    }

    @Override
    public int compareTo(Language other) {
        return code.compareTo(other.code);
    }

    /** Returns the code. */
    @Override
    public String toString() {
        return code;
    }
}
