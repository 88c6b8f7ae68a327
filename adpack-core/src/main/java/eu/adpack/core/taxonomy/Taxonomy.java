package eu.adpack.core.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A hierarchical keyword taxonomy: a forest of {@link Term}s identified by code, with lookup by code and by label
 * and navigation up and down the hierarchy.
 *
 * <p>Codes are compared as exact strings, so {@code 011007} and {@code 11007} are two terms. Labels are compared
 * ignoring case and surrounding white space, and may repeat: {@link #byLabel} returns every term carrying a label,
 * {@link #resolve} insists on exactly one. A taxonomy is built by {@link Builder} or by {@link Taxonomies}' loaders,
 * which refuse duplicate codes, parents that do not resolve, cycles and levels that do not follow their parent's.
 * Immutable and thread-safe.
 */
public final class Taxonomy {
    private final TaxonomyId id;
    private final String source;
    private final List<Term> terms;
    private final Map<String, Term> byCode;
    private final Map<String, List<Term>> byLabel;
    private final Map<String, List<Term>> children;
    private final List<Term> roots;

    private Taxonomy(TaxonomyId id, String source, List<Term> terms) {
        this.id = id;
        this.source = source;
        this.terms = List.copyOf(terms);
        Map<String, Term> codes = new LinkedHashMap<>();
        Map<String, List<Term>> labels = new HashMap<>();
        Map<String, List<Term>> kids = new HashMap<>();
        List<Term> rootList = new ArrayList<>();
        for (Term t : terms) {
            codes.put(t.code(), t);
            labels.computeIfAbsent(labelKey(t.label()), k -> new ArrayList<>()).add(t);
            if (t.parent().isPresent()) {
                kids.computeIfAbsent(t.parent().get().code(), k -> new ArrayList<>()).add(t);
            } else {
                rootList.add(t);
            }
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.byLabel = freeze(labels);
        this.children = freeze(kids);
        this.roots = List.copyOf(rootList);
    }

    private static Map<String, List<Term>> freeze(Map<String, List<Term>> map) {
        Map<String, List<Term>> copy = new HashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Map.copyOf(copy);
    }

    static String labelKey(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Starts a builder for a taxonomy.
     *
     * @param id the taxonomy's name
     * @return a new builder
     */
    public static Builder builder(TaxonomyId id) {
        return new Builder(id);
    }

    /**
     * Returns the taxonomy's name.
     *
     * @return the id
     */
    public TaxonomyId id() {
        return id;
    }

    /**
     * Returns where the taxonomy was loaded from, for messages, e.g. {@code nace-rev2.csv}.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Returns every term, in the order they were added (file order for loaded taxonomies).
     *
     * @return an immutable list
     */
    public List<Term> terms() {
        return terms;
    }

    /**
     * Returns the number of terms.
     *
     * @return the size
     */
    public int size() {
        return terms.size();
    }

    /**
     * Returns the terms without a parent, in order.
     *
     * @return an immutable list
     */
    public List<Term> roots() {
        return roots;
    }

    /**
     * Returns the term of a code, compared exactly.
     *
     * @param code the code, e.g. {@code 02002015}
     * @return the term, or empty when the code is not in this taxonomy
     */
    public Optional<Term> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Returns the term of a code, compared exactly.
     *
     * @param code the code
     * @return the term
     * @throws UnknownKeywordException naming close matches if the code is not in this taxonomy
     */
    public Term get(String code) {
        Term t = byCode.get(code);
        if (t == null) {
            throw new UnknownKeywordException(id, "code", code, closeMatches(code, 5));
        }
        return t;
    }

    /**
     * Returns whether a code is in this taxonomy.
     *
     * @param code the code
     * @return true if a term has it
     */
    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /**
     * Returns every term carrying a label, ignoring case and surrounding white space.
     *
     * @param label the label
     * @return the terms in order, possibly empty, possibly several
     */
    public List<Term> byLabel(String label) {
        return byLabel.getOrDefault(labelKey(label), List.of());
    }

    /**
     * Returns the single term carrying a label, ignoring case and surrounding white space.
     *
     * @param label the label
     * @return the term
     * @throws UnknownKeywordException naming close matches if no term carries the label
     * @throws AmbiguousKeywordException naming the candidates if several terms carry it
     */
    public Term resolve(String label) {
        List<Term> found = byLabel(label);
        if (found.isEmpty()) {
            throw new UnknownKeywordException(id, "label", label, closeMatches(label, 5));
        }
        if (found.size() > 1) {
            throw new AmbiguousKeywordException(id, label, found);
        }
        return found.get(0);
    }

    /**
     * Returns the parent of a term.
     *
     * @param term a term of this taxonomy
     * @return the parent, or empty for a root
     * @throws UnknownKeywordException if the term is not in this taxonomy
     */
    public Optional<Term> parent(TermId term) {
        return require(term).parent().map(p -> byCode.get(p.code()));
    }

    /**
     * Returns the children of a term, in order.
     *
     * @param term a term of this taxonomy
     * @return an immutable, possibly empty list
     * @throws UnknownKeywordException if the term is not in this taxonomy
     */
    public List<Term> children(TermId term) {
        return children.getOrDefault(require(term).code(), List.of());
    }

    /**
     * Returns the ancestors of a term, nearest first, ending at its root.
     *
     * @param term a term of this taxonomy
     * @return an immutable list, empty for a root
     * @throws UnknownKeywordException if the term is not in this taxonomy
     */
    public List<Term> ancestors(TermId term) {
        List<Term> chain = new ArrayList<>();
        Term t = require(term);
        while (t.parent().isPresent()) {
            t = byCode.get(t.parent().get().code());
            chain.add(t);
        }
        return List.copyOf(chain);
    }

    /**
     * Returns the number of ancestors of a term: 0 for a root.
     *
     * @param term a term of this taxonomy
     * @return the depth
     * @throws UnknownKeywordException if the term is not in this taxonomy
     */
    public int depth(TermId term) {
        return ancestors(term).size();
    }

    /**
     * Returns whether one term is a strict ancestor of another.
     *
     * @param ancestor the supposed ancestor
     * @param descendant the supposed descendant
     * @return true if {@code ancestor} is above {@code descendant}; false for the same term
     * @throws UnknownKeywordException if either term is not in this taxonomy
     */
    public boolean isAncestor(TermId ancestor, TermId descendant) {
        require(ancestor);
        return ancestors(descendant).stream().anyMatch(t -> t.id().equals(ancestor));
    }

    /**
     * Returns the deepest term that is the same as or an ancestor of both terms.
     *
     * @param a a term of this taxonomy
     * @param b another term of this taxonomy
     * @return the lowest common ancestor, which is {@code a} itself when {@code a} is above {@code b}; empty when
     *     they are under different roots
     * @throws UnknownKeywordException if either term is not in this taxonomy
     */
    public Optional<Term> lowestCommonAncestor(TermId a, TermId b) {
        Set<TermId> aboveA = new HashSet<>();
        aboveA.add(require(a).id());
        ancestors(a).forEach(t -> aboveA.add(t.id()));
        Term t = require(b);
        while (true) {
            if (aboveA.contains(t.id())) {
                return Optional.of(t);
            }
            if (t.parent().isEmpty()) {
                return Optional.empty();
            }
            t = byCode.get(t.parent().get().code());
        }
    }

    /**
     * Returns the terms whose code or label is closest to a text, best first, for "did you mean" messages.
     *
     * <p>A code is close when it differs by at most two edits (a dropped leading zero is one); a label is close
     * when it contains the text, the text contains it, or it differs by at most a fifth of its length.
     *
     * @param text a code or label that did not match
     * @param limit the most terms to return
     * @return an immutable list, possibly empty
     */
    public List<Term> closeMatches(String text, int limit) {
        String key = labelKey(text);
        if (key.isEmpty()) {
            return List.of();
        }
        record Scored(Term term, int score) { }
        List<Scored> scored = new ArrayList<>();
        for (Term t : terms) {
            int codeDistance = Levenshtein.distance(text.strip(), t.code(), 2);
            String label = labelKey(t.label());
            int labelBound = Math.max(2, label.length() / 5);
            int labelDistance = Levenshtein.distance(key, label, labelBound);
            int score = Integer.MAX_VALUE;
            if (codeDistance <= 2) {
                score = codeDistance;
            }
            if (labelDistance <= labelBound) {
                score = Math.min(score, labelDistance);
            } else if (key.length() >= 3 && (label.contains(key) || key.contains(label))) {
                score = Math.min(score, labelBound + 1 + Math.abs(label.length() - key.length()));
            }
            if (score != Integer.MAX_VALUE) {
                scored.add(new Scored(t, score));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::score))
                .limit(limit)
                .map(Scored::term)
                .toList();
    }

    private Term require(TermId term) {
        Objects.requireNonNull(term, "term");
        Term t = term.taxonomy().equals(id) ? byCode.get(term.code()) : null;
        if (t == null) {
            if (!term.taxonomy().equals(id)) {
                throw new UnknownKeywordException(id, "code", term.toString(), List.of());
            }
            throw new UnknownKeywordException(id, "code", term.code(), closeMatches(term.code(), 5));
        }
        return t;
    }

    /** Returns {@code taxonomy (N terms from source)}. */
    @Override
    public String toString() {
        return id + " (" + terms.size() + " terms from " + source + ")";
    }

    /**
     * A builder of taxonomies that validates the whole set of terms at once. Not thread-safe.
     */
    public static final class Builder {
        private final TaxonomyId id;
        private String source;
        private final List<Term> terms = new ArrayList<>();
        private final List<String> locations = new ArrayList<>();

        private Builder(TaxonomyId id) {
            this.id = Objects.requireNonNull(id, "id");
            this.source = id.name();
        }

        /**
         * Names where the terms come from, for messages; defaults to the taxonomy's name.
         *
         * @param name e.g. a file name
         * @return this builder
         */
        public Builder source(String name) {
            this.source = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Adds a term; its place in messages is "term N" in the order added.
         *
         * @param term a term of this taxonomy
         * @return this builder
         * @throws IllegalArgumentException if the term belongs to another taxonomy
         */
        public Builder add(Term term) {
            return add(term, null);
        }

        /**
         * Adds a term read from a line of the source, so messages can name the line.
         *
         * @param term a term of this taxonomy
         * @param line the 1-based line, or null when there is none
         * @return this builder
         */
        Builder add(Term term, Integer line) {
            Objects.requireNonNull(term, "term");
            if (!term.id().taxonomy().equals(id)) {
                throw new IllegalArgumentException("term " + term.id() + " is not in taxonomy " + id
                        + " (expected a code of " + id + ")");
            }
            terms.add(term);
            locations.add(line == null ? "term " + terms.size() : "line " + line);
            return this;
        }

        /**
         * Builds the taxonomy after checking that codes are unique, every parent resolves, there is no cycle and
         * every level is one more than its parent's.
         *
         * @return the taxonomy
         * @throws InvalidTaxonomyException listing every problem found
         */
        public Taxonomy build() {
            List<String> problems = new ArrayList<>();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < terms.size(); i++) {
                String code = terms.get(i).code();
                Integer first = index.putIfAbsent(code, i);
                if (first != null) {
                    problems.add(where(i) + ": code: '" + code + "' is a duplicate of " + locations.get(first)
                            + " (expected a unique code)");
                }
            }
            for (int i = 0; i < terms.size(); i++) {
                Term t = terms.get(i);
                if (t.parent().isEmpty() || index.get(t.code()) != i) {
                    continue;
                }
                String parentCode = t.parent().get().code();
                Integer p = index.get(parentCode);
                if (p == null) {
                    problems.add(where(i) + ": parent: '" + parentCode + "' is not a code of " + id
                            + " (expected the code of another term)");
                    continue;
                }
                List<String> cycle = cycleFrom(i, index);
                if (!cycle.isEmpty()) {
                    problems.add(where(i) + ": parent: '" + parentCode + "' makes a cycle "
                            + String.join(" -> ", cycle) + " (expected a chain of parents ending at a root)");
                } else if (terms.get(p).level() + 1 != t.level()) {
                    problems.add(where(i) + ": level: " + t.level() + " under parent '" + parentCode
                            + "' of level " + terms.get(p).level() + " (expected " + (terms.get(p).level() + 1) + ")");
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidTaxonomyException(id, problems);
            }
            return new Taxonomy(id, source, terms);
        }

        /** Returns the codes of the cycle that the term at {@code start} lies on, or an empty list. */
        private List<String> cycleFrom(int start, Map<String, Integer> index) {
            List<String> path = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            Integer i = start;
            while (i != null && seen.add(i)) {
                path.add(terms.get(i).code());
                i = terms.get(i).parent().map(p -> index.get(p.code())).orElse(null);
            }
            if (i == null || i != start) {
                return List.of();
            }
            path.add(terms.get(start).code());
            return path;
        }

        private String where(int i) {
            return source + " " + locations.get(i);
        }
    }
}
