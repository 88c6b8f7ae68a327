package eu.adpack.core.taxonomy;

import eu.adpack.core.AdpackException;
import java.util.List;

/**
 * Thrown when a taxonomy cannot be built because its terms are inconsistent: a duplicate code, a parent that does
 * not resolve, a cycle, a level that does not follow its parent's, or a malformed row in a taxonomy file.
 *
 * <p>It lists every problem found, not only the first, each naming the source (file and line), the field, the bad
 * value and what was expected. Immutable once thrown.
 */
public final class InvalidTaxonomyException extends AdpackException {
    private static final long serialVersionUID = 1L;

    /** Every problem found; a List.copyOf result, which is serializable. */
    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param taxonomy the taxonomy that failed
     * @param problems every problem found, at least one
     */
    public InvalidTaxonomyException(TaxonomyId taxonomy, List<String> problems) {
        super(message(taxonomy, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(TaxonomyId taxonomy, List<String> problems) {
        if (problems.size() == 1) {
            return "taxonomy " + taxonomy + ": " + problems.get(0);
        }
        return "taxonomy " + taxonomy + ": " + problems.size() + " problems:\n  " + String.join("\n  ", problems);
    }

    /**
     * Returns every problem found, in input order.
     *
     * @return an immutable list of messages
     */
    public List<String> problems() {
        return problems;
    }
}
