package eu.adpack.adapters.files;

import eu.adpack.core.AdpackException;
import eu.adpack.core.taxonomy.AmbiguousKeywordException;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.Term;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.core.taxonomy.Taxonomies;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Resolves the keywords of a member list against the configured taxonomies. */
final class Keywords {
    private final Taxonomies taxonomies;
    private final List<TaxonomyId> labelTaxonomies;

    Keywords(FileImportConfig config) {
        this.taxonomies = config.taxonomies();
        this.labelTaxonomies = config.labelTaxonomies();
    }

    /**
     * Resolves {@code taxonomy:code}, or a label looked up in the label taxonomies in order.
     *
     * @throws AdpackException naming the keyword, close matches and what was expected
     */
    TermId resolve(String text) {
        return resolve(text, labelTaxonomies);
    }

    /** Resolves a NACE code as EEN writes it ({@code C.22.2.2}), {@code nace:C.22.2.2}, or a NACE label. */
    TermId resolveNace(String text) {
        String t = text.strip();
        if (taxonomies.get(TaxonomyId.NACE).contains(t)) {
            return TermId.of(TaxonomyId.NACE, t);
        }
        TermId id = resolve(t, List.of(TaxonomyId.NACE));
        if (!id.taxonomy().equals(TaxonomyId.NACE)) {
            throw new AdpackException("'" + text + "' is a term of " + id.taxonomy()
                    + " (expected a NACE Rev. 2 code such as C.22.2.2)");
        }
        return id;
    }

    /** Tells whether a term exists, for the JSON form, which writes every term as {@code taxonomy:code}. */
    boolean exists(TermId id) {
        return taxonomies.findTerm(id).isPresent();
    }

    private TermId resolve(String text, List<TaxonomyId> labels) {
        String t = text.strip();
        Optional<TaxonomyId> prefix = prefix(t);
        try {
            if (prefix.isPresent()) {
                return taxonomies.parseKeyword(t).id();
            }
            for (TaxonomyId id : labels) {
                List<Term> found = taxonomies.get(id).byLabel(t);
                if (found.size() == 1) {
                    return found.get(0).id();
                }
                if (found.size() > 1) {
                    throw new AmbiguousKeywordException(id, t, found);
                }
            }
            return taxonomies.get(labels.get(0)).resolve(t).id();
        } catch (AmbiguousKeywordException e) {
            // its message already asks for taxonomy:code
            throw new AdpackException("'" + t + "' is ambiguous: " + e.getMessage(), e);
        } catch (AdpackException e) {
            throw new AdpackException("'" + t + "' is not a keyword: " + e.getMessage() + expected(labels), e);
        }
    }

    private static String expected(List<TaxonomyId> labels) {
        return " (expected taxonomy:code or a label of "
                + labels.stream().map(TaxonomyId::name).collect(Collectors.joining(", ")) + ")";
    }

    private Optional<TaxonomyId> prefix(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String name = text.substring(0, colon).strip();
        return taxonomies.ids().stream().filter(id -> id.name().equalsIgnoreCase(name)).findFirst();
    }
}
