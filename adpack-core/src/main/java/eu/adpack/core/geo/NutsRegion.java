package eu.adpack.core.geo;

import eu.adpack.core.InvalidRecordException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A NUTS region of the EU's statistical classification, by code: two letters for the country, then one to three
 * characters for levels 1 to 3, e.g. {@code CZ010} (Prague).
 *
 * <p>Only the form of the code is checked, not that the region exists in a given NUTS version. The JSON form is the
 * code. Immutable and thread-safe.
 *
 * @param code the upper-case NUTS code
 */
public record NutsRegion(String code) {
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}[0-9A-Z]{1,3}");

    /**
     * Validates the code.
     *
     * @throws InvalidRecordException if the code does not have the NUTS form
     */
    public NutsRegion {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidRecordException("nuts region", "code", code, "a NUTS code such as CZ010");
        }
    }

    /**
     * Parses a NUTS code, case-insensitive, surrounding white space ignored.
     *
     * @param text the code
     * @return the region
     */
    public static NutsRegion parse(String text) {
        Objects.requireNonNull(text, "text");
        return new NutsRegion(text.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Returns the country prefix of the code as written by Eurostat ({@code EL} for Greece, {@code UK} before 2021).
     *
     * @return the two-letter prefix
     */
    public String countryPrefix() {
        return code.substring(0, 2);
    }

    /** Returns the code. */
    @Override
    public String toString() {
        return code;
    }
}
