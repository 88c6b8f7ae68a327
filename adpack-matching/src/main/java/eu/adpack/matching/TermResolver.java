package eu.adpack.matching;

import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.core.taxonomy.TermId;
import java.util.List;
import java.util.Optional;

/**
 * What the matcher needs to know of the taxonomies: a term's ancestors (for partial credit through the hierarchy),
 * the EEN and NACE terms an AdPack competence maps to, and a term's label (for explanations).
 *
 * <p>Implementations must be immutable and thread-safe; the matcher calls them while it builds its index.
 */
public interface TermResolver {
    /** A resolver that knows no hierarchy, no mapping and no label: terms match only themselves. */
    TermResolver FLAT = term -> List.of();

    /**
     * Returns a resolver over a set of taxonomies, such as {@link Taxonomies#bundled()}.
     *
     * @param taxonomies the taxonomies
     * @return a thread-safe resolver
     */
    static TermResolver of(Taxonomies taxonomies) {
        return new TaxonomyResolver(java.util.Objects.requireNonNull(taxonomies, "taxonomies"));
    }

    /**
     * Returns a term's ancestors, nearest first (parent, grandparent, …), without the term itself.
     *
     * @param term a term
     * @return its ancestors; empty for a root or an unknown term
     */
    List<TermId> ancestors(TermId term);

    /**
     * Returns the terms of other taxonomies that a term maps to, such as the EEN and NACE codes of an AdPack
     * competence.
     *
     * @param term a term
     * @return the terms it maps to; empty by default
     */
    default List<TermId> mappings(TermId term) {
        return List.of();
    }

    /**
     * Returns a term's label.
     *
     * @param term a term
     * @return its label, if known
     */
    default Optional<String> label(TermId term) {
        return Optional.empty();
    }
}
