package eu.adpack.core.taxonomy;

import eu.adpack.core.AdpackException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A set of taxonomies, one per {@link TaxonomyId}, through which terms are looked up and keywords are parsed; the
 * {@linkplain #bundled() bundled set} holds EEN technology and market keywords, NACE Rev. 2 and AdPack's
 * smart-packaging competences.
 *
 * <p>Every mapping of a term into another taxonomy of the set must resolve, so a set never holds a dangling
 * reference. Immutable and thread-safe; the bundled set is loaded once, on first use, and shared.
 */
public final class Taxonomies {
    private static final String RESOURCES = "/eu/adpack/core/taxonomy/";

    private final Map<TaxonomyId, Taxonomy> byId;

    private Taxonomies(Map<TaxonomyId, Taxonomy> byId) {
        this.byId = byId;
    }

    /** Loads the bundled set when first asked for; the JVM's class initialisation makes that once and safe. */
    private static final class Bundled {
        static final Taxonomies INSTANCE = loadBundled();

        private Bundled() {
        }
    }

    /**
     * Returns the bundled taxonomies: {@link TaxonomyId#EEN_TECHNOLOGY} (575 terms), {@link TaxonomyId#EEN_MARKET}
     * (448), {@link TaxonomyId#NACE} (996) and {@link TaxonomyId#ADPACK} (113 terms in 16 groups).
     *
     * <p>The bundled files are checked by the build, so a failure to load them is a broken jar: it surfaces as an
     * {@link ExceptionInInitializerError} on the first call.
     *
     * @return the shared bundled set, loaded on the first call
     */
    public static Taxonomies bundled() {
        return Bundled.INSTANCE;
    }

    private static Taxonomies loadBundled() {
        return of(List.of(
                loadResource(TaxonomyId.EEN_TECHNOLOGY, "technology-keywords.csv", true),
                loadResource(TaxonomyId.EEN_MARKET, "market-keywords.csv", true),
                loadResource(TaxonomyId.NACE, "nace-rev2.csv", true),
                loadResource(TaxonomyId.ADPACK, "adpack-competences.csv", false)));
    }

    private static Taxonomy loadResource(TaxonomyId id, String file, boolean een) {
        InputStream in = Taxonomies.class.getResourceAsStream(RESOURCES + file);
        if (in == null) {
            throw new AdpackException("bundled taxonomy " + id + ": resource " + RESOURCES + file
                    + " is missing from the class path (expected it inside adpack-core's jar)");
        }
        return een ? loadEenCsv(id, in, file) : loadCsv(id, in, file);
    }

    /**
     * Returns a set of the given taxonomies.
     *
     * @param taxonomies taxonomies with distinct ids
     * @return the set
     * @throws IllegalArgumentException if two taxonomies have the same id
     * @throws InvalidTaxonomyException if a term's mapping names a taxonomy or term outside the set
     */
    public static Taxonomies of(Collection<Taxonomy> taxonomies) {
        Map<TaxonomyId, Taxonomy> map = new LinkedHashMap<>();
        for (Taxonomy t : taxonomies) {
            if (map.putIfAbsent(t.id(), t) != null) {
                throw new IllegalArgumentException("taxonomy " + t.id() + " is given twice (expected one per id)");
            }
        }
        Taxonomies set = new Taxonomies(map);
        for (Taxonomy t : map.values()) {
            set.checkMappings(t);
        }
        return set;
    }

    /**
     * Returns a copy of this set with a taxonomy added, or replacing the one of the same id.
     *
     * @param taxonomy the taxonomy, e.g. a user's own loaded by {@link #loadCsv}
     * @return a new set
     * @throws InvalidTaxonomyException if a mapping of any taxonomy of the new set no longer resolves
     */
    public Taxonomies with(Taxonomy taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Map<TaxonomyId, Taxonomy> map = new LinkedHashMap<>(byId);
        map.put(taxonomy.id(), taxonomy);
        return of(map.values());
    }

    private void checkMappings(Taxonomy taxonomy) {
        List<String> problems = new ArrayList<>();
        for (Term term : taxonomy.terms()) {
            for (TermId m : term.mappings()) {
                Taxonomy target = byId.get(m.taxonomy());
                if (target == null) {
                    problems.add(taxonomy.source() + ": term " + term.code() + ": mappings: '" + m
                            + "' names taxonomy " + m.taxonomy() + ", which is not in the set (expected one of "
                            + byId.keySet() + ")");
                } else if (!target.contains(m.code())) {
                    List<Term> close = target.closeMatches(m.code(), 3);
                    problems.add(taxonomy.source() + ": term " + term.code() + ": mappings: '" + m
                            + "' is not a term of " + m.taxonomy() + " (expected an existing code"
                            + (close.isEmpty() ? "" : ", e.g. " + close.get(0).code() + " '" + close.get(0).label()
                                    + "'") + ")");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTaxonomyException(taxonomy.id(), problems);
        }
    }

    /**
     * Reads a taxonomy in AdPack's CSV form (header {@code code,label,parent}, optionally {@code selectable,
     * stages,sectors,een_technology,een_market,nace,description}; see the package documentation).
     *
     * @param id the name to give the taxonomy
     * @param in UTF-8 text, closed by this method
     * @param source the name of the input for messages, e.g. the file name
     * @return the taxonomy
     * @throws InvalidTaxonomyException listing every problem in the file
     * @throws UncheckedIOException if reading fails
     */
    public static Taxonomy loadCsv(TaxonomyId id, InputStream in, String source) {
        return read(in, source, r -> TaxonomyCsvLoader.load(id, r, source));
    }

    /**
     * Reads a taxonomy in the form of the EEN keyword workbook ({@code Type,Code,Label,Level,Parent_1,
     * Parent_1 level,Parent_2,...}), as the bundled EEN and NACE files are; useful for a newer EEN snapshot.
     *
     * @param id the name to give the taxonomy
     * @param in UTF-8 text, closed by this method
     * @param source the name of the input for messages, e.g. the file name
     * @return the taxonomy
     * @throws InvalidTaxonomyException listing every problem in the file
     * @throws UncheckedIOException if reading fails
     */
    public static Taxonomy loadEenCsv(TaxonomyId id, InputStream in, String source) {
        return read(in, source, r -> EenCsvLoader.load(id, r, source));
    }

    private interface Load {
        Taxonomy from(Reader reader);
    }

    private static Taxonomy read(InputStream in, String source, Load load) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return load.from(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read the taxonomy", e);
        }
    }

    /**
     * Returns the ids of the taxonomies in the set, in the order given.
     *
     * @return an immutable set
     */
    public Set<TaxonomyId> ids() {
        return Collections.unmodifiableSet(byId.keySet());
    }

    /**
     * Returns the taxonomy of an id.
     *
     * @param id the taxonomy's name
     * @return the taxonomy, or empty when the set does not hold it
     */
    public Optional<Taxonomy> find(TaxonomyId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Returns the taxonomy of an id.
     *
     * @param id the taxonomy's name
     * @return the taxonomy
     * @throws UnknownTaxonomyException if the set does not hold it
     */
    public Taxonomy get(TaxonomyId id) {
        Taxonomy t = byId.get(Objects.requireNonNull(id, "id"));
        if (t == null) {
            throw new UnknownTaxonomyException(id, byId.keySet());
        }
        return t;
    }

    /**
     * Returns the term of an id.
     *
     * @param id the term's identity
     * @return the term, or empty when its taxonomy or code is unknown
     */
    public Optional<Term> findTerm(TermId id) {
        Taxonomy t = byId.get(id.taxonomy());
        return t == null ? Optional.empty() : t.find(id.code());
    }

    /**
     * Returns the term of an id.
     *
     * @param id the term's identity
     * @return the term
     * @throws UnknownTaxonomyException if the set does not hold its taxonomy
     * @throws UnknownKeywordException naming close matches if the taxonomy has no such code
     */
    public Term term(TermId id) {
        return get(id.taxonomy()).get(id.code());
    }

    /**
     * Parses a keyword written as {@code taxonomy:code}, e.g. {@code een-technology:02002015}.
     *
     * @param text the keyword
     * @return the term
     * @throws UnknownTaxonomyException if the text does not start with the name of a taxonomy of the set
     * @throws UnknownKeywordException naming close matches if the taxonomy has no such code
     */
    public Term parseKeyword(String text) {
        Objects.requireNonNull(text, "text");
        Optional<TermId> id = asTermId(text.strip());
        if (id.isEmpty()) {
            throw new UnknownTaxonomyException(text, byId.keySet());
        }
        return term(id.get());
    }

    /**
     * Parses a keyword written as {@code taxonomy:code} or as a label that one term of a given taxonomy carries,
     * as member lists write them (e.g. {@code nace:C.22.2.2} or {@code Oxygen scavengers}).
     *
     * <p>A text is taken as {@code taxonomy:code} only when the part before the first colon names a taxonomy of
     * the set (ignoring case, so {@code NACE:C.22} is accepted), so a label that contains a colon still resolves
     * as a label. The code itself is compared exactly.
     *
     * @param text the keyword
     * @param labels the taxonomy in which a label is resolved
     * @return the term
     * @throws UnknownTaxonomyException if {@code labels} is not in the set
     * @throws UnknownKeywordException naming close matches if no term has the code or label
     * @throws AmbiguousKeywordException naming the candidates if several terms carry the label
     */
    public Term parseKeyword(String text, TaxonomyId labels) {
        Objects.requireNonNull(text, "text");
        Taxonomy labelTaxonomy = get(labels);
        Optional<TermId> id = asTermId(text.strip());
        if (id.isPresent()) {
            return term(id.get());
        }
        return labelTaxonomy.resolve(text);
    }

    private Optional<TermId> asTermId(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return Optional.empty();
        }
        String name = text.substring(0, colon).strip();
        String code = text.substring(colon + 1).strip();
        return byId.keySet().stream()
                .filter(t -> t.name().equalsIgnoreCase(name))
                .findFirst()
                .map(t -> TermId.of(t, code));
    }

    /** Returns the ids and sizes, e.g. {@code [een-technology (575 terms from ...), ...]}. */
    @Override
    public String toString() {
        return byId.values().toString();
    }
}
