package eu.adpack.adapters.files;

import eu.adpack.core.AdpackException;
import eu.adpack.core.taxonomy.AmbiguousKeywordException;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.Term;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.core.taxonomy.Taxonomies;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Resolves the keywords of a member list against the configured taxonomies. */
final class Keywords {
    /** EEN's form of a NACE code: section letter, division, then one digit per level, e.g. {@code C.22.2.2}. */
    private static final Pattern EEN_NACE = Pattern.compile("[A-U]\\.([0-9]{2})(?:\\.([0-9]))?(?:\\.([0-9]))?");

    /** Text that can only be meant as a code, so label suggestions would not help. */
    private static final Pattern CODE_LIKE = Pattern.compile("([A-Za-z]\\.?)?[0-9][0-9.]*");

    private final Taxonomies taxonomies;
    private final List<TaxonomyId> labelTaxonomies;
    /** From the official NACE notation ({@code 22}, {@code 22.2}, {@code 22.22}) of business registers to EEN's. */
    private final Map<String, String> officialNace = new HashMap<>();

    Keywords(FileImportConfig config) {
        this.taxonomies = config.taxonomies();
        this.labelTaxonomies = config.labelTaxonomies();
        for (Term t : taxonomies.get(TaxonomyId.NACE).terms()) {
            Matcher m = EEN_NACE.matcher(t.code());
            if (m.matches()) {
                String official = m.group(1) + (m.group(2) == null ? "" : "." + m.group(2))
                        + (m.group(3) == null ? "" : m.group(3));
                officialNace.put(official, t.code());
            }
        }
    }

    /**
     * Resolves {@code taxonomy:code}, or a label looked up in the label taxonomies in order.
     *
     * @throws AdpackException naming the keyword, close matches and what was expected
     */
    TermId resolve(String text) {
        return resolve(text, labelTaxonomies);
    }

    /**
     * Resolves a NACE code as EEN writes it ({@code C.22.2.2}), in the official notation ({@code 22.22}),
     * {@code nace:C.22.2.2}, or a NACE label.
     */
    TermId resolveNace(String text) {
        String t = text.strip();
        if (taxonomies.get(TaxonomyId.NACE).contains(t)) {
            return TermId.of(TaxonomyId.NACE, t);
        }
        String een = officialNace.get(t);
        if (een != null) {
            return TermId.of(TaxonomyId.NACE, een);
        }
        String expected = " (expected a NACE Rev. 2 code such as C.22.2.2 or 22.22, or a NACE label)";
        if (CODE_LIKE.matcher(t).matches()) {
            throw new AdpackException("'" + t + "' is not a NACE code" + expected);
        }
        TermId id = resolve(t, List.of(TaxonomyId.NACE));
        if (!id.taxonomy().equals(TaxonomyId.NACE)) {
            throw new AdpackException("'" + t + "' is a term of " + id.taxonomy() + expected);
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
