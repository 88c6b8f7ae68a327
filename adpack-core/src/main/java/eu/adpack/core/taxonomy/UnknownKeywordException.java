package eu.adpack.core.taxonomy;

import eu.adpack.core.AdpackException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a code or label does not name any term of a taxonomy.
 *
 * <p>The message names the taxonomy, the code or label, and the closest terms when there are some, so a user can
 * correct a typo such as {@code 2002015} for {@code 02002015}. Immutable once thrown.
 */
public final class UnknownKeywordException extends AdpackException {
    private static final long serialVersionUID = 1L;

    /** The taxonomy's name; TaxonomyId is not serializable. */
    private final String taxonomy;
    private final String keyword;
    /** The close matches' ids; List.copyOf results are serializable. */
    private final List<TermId> closeMatches;

    /**
     * Creates the exception.
     *
     * @param taxonomy the taxonomy searched
     * @param kind what the keyword was taken as, {@code code} or {@code label}
     * @param keyword the code or label as given
     * @param closeMatches the terms closest to it, best first, possibly empty
     */
    public UnknownKeywordException(TaxonomyId taxonomy, String kind, String keyword, List<Term> closeMatches) {
        super(taxonomy + ": no term with " + kind + " '" + keyword + "'" + suggestions(closeMatches));
        this.taxonomy = taxonomy.name();
        this.keyword = keyword;
        this.closeMatches = closeMatches.stream().map(Term::id).toList();
    }

    private static String suggestions(List<Term> closeMatches) {
        if (closeMatches.isEmpty()) {
            return " (expected a code or label of this taxonomy)";
        }
        return " (close matches: "
                + closeMatches.stream().map(t -> t.code() + " '" + t.label() + "'").collect(Collectors.joining(", "))
                + ")";
    }

    /**
     * Returns the taxonomy that was searched.
     *
     * @return the taxonomy
     */
    public TaxonomyId taxonomy() {
        return TaxonomyId.of(taxonomy);
    }

    /**
     * Returns the code or label as given.
     *
     * @return the keyword
     */
    public String keyword() {
        return keyword;
    }

    /**
     * Returns the terms closest to the keyword, best first.
     *
     * @return an immutable, possibly empty list
     */
    public List<TermId> closeMatches() {
        return closeMatches;
    }
}
