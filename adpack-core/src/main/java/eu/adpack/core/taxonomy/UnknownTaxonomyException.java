package eu.adpack.core.taxonomy;

import eu.adpack.core.AdpackException;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Thrown when a taxonomy is asked for by a name that the set of taxonomies at hand does not hold.
 *
 * <p>The message names the unknown taxonomy and the known ones. Immutable once thrown.
 */
public final class UnknownTaxonomyException extends AdpackException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param taxonomy the unknown name
     * @param known the taxonomies that are available
     */
    public UnknownTaxonomyException(TaxonomyId taxonomy, Collection<TaxonomyId> known) {
        super("unknown taxonomy '" + taxonomy + "' (expected one of "
                + names(known) + ")");
    }

    /**
     * Creates the exception for a keyword that does not start with a known taxonomy's name.
     *
     * @param keyword the keyword as given, e.g. {@code foo:123} or {@code 02002015}
     * @param known the taxonomies that are available
     */
    public UnknownTaxonomyException(String keyword, Collection<TaxonomyId> known) {
        super("keyword '" + keyword + "' does not start with a known taxonomy (expected taxonomy:code with taxonomy"
                + " one of " + names(known) + ", e.g. een-technology:02002015)");
    }

    private static String names(Collection<TaxonomyId> known) {
        return known.stream().sorted().map(TaxonomyId::name).collect(Collectors.joining(", "));
    }
}
