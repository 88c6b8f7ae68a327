package eu.adpack.matching;

import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.core.taxonomy.Term;
import eu.adpack.core.taxonomy.TermId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link TermResolver} over a set of {@link Taxonomies}: ancestors from each taxonomy's hierarchy, mappings from
 * AdPack competences to EEN and NACE terms, labels from the terms. Unknown terms have no ancestor, mapping or label.
 * Thread-safe: the answers are cached in concurrent maps, since a large population asks about the same terms again
 * and again.
 */
final class TaxonomyResolver implements TermResolver {
    private final Taxonomies taxonomies;
    private final Map<TermId, List<TermId>> ancestors = new ConcurrentHashMap<>();

    TaxonomyResolver(Taxonomies taxonomies) {
        this.taxonomies = taxonomies;
    }

    @Override
    public List<TermId> ancestors(TermId term) {
        return ancestors.computeIfAbsent(term, t -> {
            if (taxonomies.findTerm(t).isEmpty()) {
                return List.of();
            }
            List<TermId> out = new ArrayList<>();
            for (Term a : taxonomies.get(t.taxonomy()).ancestors(t)) {
                out.add(a.id());
            }
            return List.copyOf(out);
        });
    }

    @Override
    public List<TermId> mappings(TermId term) {
        List<TermId> out = new ArrayList<>();
        for (TermId m : taxonomies.findTerm(term).map(Term::mappings).orElse(List.of())) {
            if (taxonomies.findTerm(m).isPresent()) {
                out.add(m);
            }
        }
        return out;
    }

    @Override
    public Optional<String> label(TermId term) {
        return taxonomies.findTerm(term).map(Term::label);
    }
}
