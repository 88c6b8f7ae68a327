package eu.adpack.core.taxonomy;

import java.util.Comparator;
import java.util.Objects;

/**
 * The identity of a term: its taxonomy and its code. Codes are strings, so {@code 011007} and {@code 11007} are two
 * different terms, and the same code in two taxonomies names two different terms.
 *
 * <p>The text form is {@code taxonomy:code}, e.g. {@code een-technology:02002015}. Immutable and thread-safe.
 *
 * @param taxonomy the taxonomy the code belongs to
 * @param code the code, exactly as the taxonomy writes it
 */
public record TermId(TaxonomyId taxonomy, String code) implements Comparable<TermId> {
    private static final Comparator<TermId> ORDER =
            Comparator.comparing(TermId::taxonomy).thenComparing(TermId::code);

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the code is blank or has surrounding white space
     */
    public TermId {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(code, "code");
        if (code.isBlank() || !code.strip().equals(code)) {
            throw new IllegalArgumentException(
                    "term code '" + code + "' in taxonomy " + taxonomy + " is not valid: expected a non-blank code"
                            + " without surrounding white space");
        }
    }

    /**
     * Returns the term of that taxonomy and code.
     *
     * @param taxonomy the taxonomy
     * @param code the code
     * @return the term id
     */
    public static TermId of(TaxonomyId taxonomy, String code) {
        return new TermId(taxonomy, code);
    }

    /**
     * Parses the text form {@code taxonomy:code}.
     *
     * @param text the text form
     * @return the term id
     * @throws IllegalArgumentException if there is no colon or either half is not valid
     */
    public static TermId parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException(
                    "term '" + text + "' is not valid: expected taxonomy:code, e.g. een-technology:02002015");
        }
        return new TermId(TaxonomyId.of(text.substring(0, colon)), text.substring(colon + 1));
    }

    @Override
    public int compareTo(TermId other) {
        return ORDER.compare(this, other);
    }

    /** Returns the text form {@code taxonomy:code}. */
    @Override
    public String toString() {
        return taxonomy + ":" + code;
    }
}
