package eu.adpack.core.taxonomy;

import eu.adpack.core.AdpackException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a label names more than one term of a taxonomy, so it cannot stand for one term.
 *
 * <p>EEN labels repeat (technology {@code 04007} and {@code 004008} are both "Energy efficiency"), so the message
 * lists every candidate with its parent and asks for the {@code taxonomy:code} form. Immutable once thrown.
 */
public final class AmbiguousKeywordException extends AdpackException {
    private static final long serialVersionUID = 1L;

    private final String label;
    /** The candidates' ids; List.copyOf results are serializable. */
    private final List<TermId> candidates;

    /**
     * Creates the exception.
     *
     * @param taxonomy the taxonomy searched
     * @param label the label as given
     * @param candidates the terms carrying it, two or more
     */
    public AmbiguousKeywordException(TaxonomyId taxonomy, String label, List<Term> candidates) {
        super(taxonomy + ": label '" + label + "' names " + candidates.size() + " terms: "
                + candidates.stream()
                        .map(t -> t.id() + t.parent().map(p -> " (under " + p.code() + ")").orElse(" (a root)"))
                        .collect(Collectors.joining(", "))
                + " (expected one term: give it as taxonomy:code)");
        this.label = label;
        this.candidates = candidates.stream().map(Term::id).toList();
    }

    /**
     * Returns the label as given.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Returns the terms the label names.
     *
     * @return an immutable list of two or more ids
     */
    public List<TermId> candidates() {
        return candidates;
    }
}
