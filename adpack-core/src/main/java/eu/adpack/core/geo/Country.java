package eu.adpack.core.geo;

import eu.adpack.core.InvalidRecordException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A country, by its ISO 3166-1 alpha-2 code ({@code CZ}, {@code CA}, {@code CN}, {@code US}).
 *
 * <p>Codes are checked against the JDK's list of ISO countries. {@link #parse(String)} is forgiving about case and
 * white space and accepts {@code UK}, which the Enterprise Europe Network writes for the United Kingdom, as
 * {@code GB}. The JSON form is the two-letter code. Immutable and thread-safe.
 *
 * @param code the upper-case ISO 3166-1 alpha-2 code
 */
public record Country(String code) implements Comparable<Country> {
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    /** Canada, a target country of AdPack². */
    public static final Country CA = new Country("CA");
    /** China, a target country of AdPack². */
    public static final Country CN = new Country("CN");
    /** The United States, a target country of AdPack². */
    public static final Country US = new Country("US");

    /**
     * Validates the code.
     *
     * @throws InvalidRecordException if the code is not an upper-case ISO 3166-1 alpha-2 code
     */
    public Country {
        if (code == null || !ISO.contains(code)) {
            throw new InvalidRecordException("country", "code", code, "an ISO 3166-1 alpha-2 code such as CZ or CA");
        }
    }

    /**
     * Parses a country code: case-insensitive, surrounding white space ignored, {@code UK} read as {@code GB}.
     *
     * @param text the code
     * @return the country
     * @throws InvalidRecordException if the text is no ISO 3166-1 alpha-2 code
     */
    public static Country parse(String text) {
        Objects.requireNonNull(text, "text");
        String c = text.strip().toUpperCase(Locale.ROOT);
        if (c.equals("UK")) {
            c = "GB";
        }
        if (!ISO.contains(c)) {
            throw new InvalidRecordException("country", "code", text, "an ISO 3166-1 alpha-2 code such as CZ or CA");
        }
        return new Country(c);
    }

    /**
     * Returns the country of an exact upper-case code.
     *
     * @param code the code
     * @return the country
     * @throws InvalidRecordException if the code is not valid
     */
    public static Country of(String code) {
        return new Country(code);
    }

    /**
     * Returns the country's English name, e.g. {@code Czechia}.
     *
     * @return the name as the JDK knows it
     */
    public String englishName() {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    @Override
    public int compareTo(Country other) {
        return code.compareTo(other.code);
    }

    /** Returns the code. */
    @Override
    public String toString() {
        return code;
    }
}
