package eu.adpack.core.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A term of a taxonomy: its identity, label, level and parent, and for AdPack competences the value-chain stages and
 * sectors it belongs to and the EEN and NACE terms it corresponds to.
 *
 * <p>Level 1 is a root. The parent is a code of the same taxonomy; whether it exists is checked when a
 * {@link Taxonomy} is built. EEN and NACE terms have no stages, sectors or mappings. Immutable and thread-safe.
 *
 * @param id the term's identity (taxonomy, code)
 * @param label the human-readable name, e.g. {@code Oxygen scavengers}
 * @param level 1 for a root, 2 for its children, and so on
 * @param parent the parent's identity, empty for a root
 * @param selectable whether a profile or organisation may be tagged with the term (headings are not)
 * @param stages the value-chain stages of the term, in enum order
 * @param sectors the sectors the term belongs to
 * @param mappings corresponding terms in other taxonomies (EEN technology, EEN market, NACE)
 * @param description a short description, empty when there is none
 */
public record Term(
        TermId id,
        String label,
        int level,
        Optional<TermId> parent,
        boolean selectable,
        Set<ValueChainStage> stages,
        List<Sector> sectors,
        List<TermId> mappings,
        String description) {

    /**
     * Validates and copies the parts.
     *
     * @throws IllegalArgumentException if the label is blank, the level is below 1, a root has a level other than
     *     1, the parent is in another taxonomy or is the term itself, or a mapping points into the term's own
     *     taxonomy
     */
    public Term {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(sectors, "sectors");
        Objects.requireNonNull(mappings, "mappings");
        Objects.requireNonNull(description, "description");
        if (label.isBlank()) {
            throw new IllegalArgumentException("term " + id + ": label is blank (expected a name)");
        }
        label = label.strip();
        description = description.strip();
        if (level < 1) {
            throw new IllegalArgumentException("term " + id + ": level: " + level + " (expected 1 or more)");
        }
        if (parent.isEmpty() && level != 1) {
            throw new IllegalArgumentException(
                    "term " + id + ": level: " + level + " without a parent (expected level 1 for a root)");
        }
        if (parent.isPresent() && level == 1) {
            throw new IllegalArgumentException(
                    "term " + id + ": level: 1 with parent " + parent.get() + " (expected 2 or more below a parent)");
        }
        if (parent.isPresent() && !parent.get().taxonomy().equals(id.taxonomy())) {
            throw new IllegalArgumentException("term " + id + ": parent: '" + parent.get()
                    + "' is in another taxonomy (expected a code of " + id.taxonomy() + ")");
        }
        if (parent.isPresent() && parent.get().equals(id)) {
            throw new IllegalArgumentException("term " + id + ": parent: '" + parent.get().code()
                    + "' is the term itself (expected another term)");
        }
        for (TermId m : mappings) {
            Objects.requireNonNull(m, "mappings element");
            if (m.taxonomy().equals(id.taxonomy())) {
                throw new IllegalArgumentException("term " + id + ": mappings: '" + m
                        + "' is in the term's own taxonomy (expected a term of another taxonomy)");
            }
        }
        // EnumSet keeps the value-chain order, which is the order people read the stages in.
        stages = stages.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(stages));
        sectors = List.copyOf(sectors);
        mappings = List.copyOf(mappings);
    }

    /**
     * Returns a root or child term without stages, sectors, mappings or description, selectable.
     *
     * @param id the term's identity
     * @param label its label
     * @param level its level, 1 for a root
     * @param parent its parent's code in the same taxonomy, or null for a root
     * @return the term
     */
    public static Term of(TermId id, String label, int level, String parent) {
        return new Term(id, label, level,
                parent == null ? Optional.empty() : Optional.of(TermId.of(id.taxonomy(), parent)),
                true, Set.of(), List.of(), List.of(), "");
    }

    /**
     * Starts a builder for a term; by default it is a selectable root at level 1 with nothing else.
     *
     * @param id the term's identity
     * @param label its label
     * @return a new builder
     */
    public static Builder builder(TermId id, String label) {
        return new Builder(id, label);
    }

    /**
     * Returns whether the term is a root (has no parent).
     *
     * @return true for a root
     */
    public boolean isRoot() {
        return parent.isEmpty();
    }

    /**
     * Returns the code, the second half of the identity.
     *
     * @return the code
     */
    public String code() {
        return id.code();
    }

    /**
     * Returns the mappings into one taxonomy, in the order given.
     *
     * @param taxonomy the taxonomy of the mapped terms, e.g. {@link TaxonomyId#NACE}
     * @return the mapped terms of that taxonomy, possibly empty
     */
    public List<TermId> mappingsTo(TaxonomyId taxonomy) {
        return mappings.stream().filter(m -> m.taxonomy().equals(taxonomy)).toList();
    }

    /** Returns {@code taxonomy:code label}, e.g. {@code nace:C.22 Manufacture of rubber and plastic products}. */
    @Override
    public String toString() {
        return id + " " + label;
    }

    /**
     * A builder of terms, for the parts that are optional. Not thread-safe; {@link #build()} may be called more than
     * once.
     */
    public static final class Builder {
        private final TermId id;
        private final String label;
        private int level = 1;
        private TermId parent;
        private boolean selectable = true;
        private final Set<ValueChainStage> stages = EnumSet.noneOf(ValueChainStage.class);
        private final List<Sector> sectors = new ArrayList<>();
        private final List<TermId> mappings = new ArrayList<>();
        private String description = "";

        private Builder(TermId id, String label) {
            this.id = Objects.requireNonNull(id, "id");
            this.label = Objects.requireNonNull(label, "label");
        }

        /**
         * Sets the level; a term with a parent needs 2 or more.
         *
         * @param level the level
         * @return this builder
         */
        public Builder level(int level) {
            this.level = level;
            return this;
        }

        /**
         * Sets the parent by its code in the same taxonomy.
         *
         * @param code the parent's code, or null for a root
         * @return this builder
         */
        public Builder parent(String code) {
            this.parent = code == null ? null : TermId.of(id.taxonomy(), code);
            return this;
        }

        /**
         * Sets whether the term may be used to tag a profile or organisation.
         *
         * @param selectable false for a heading
         * @return this builder
         */
        public Builder selectable(boolean selectable) {
            this.selectable = selectable;
            return this;
        }

        /**
         * Adds value-chain stages.
         *
         * @param more the stages
         * @return this builder
         */
        public Builder stages(ValueChainStage... more) {
            stages.addAll(List.of(more));
            return this;
        }

        /**
         * Adds sectors.
         *
         * @param more the sectors
         * @return this builder
         */
        public Builder sectors(Sector... more) {
            sectors.addAll(List.of(more));
            return this;
        }

        /**
         * Adds mappings to terms of other taxonomies.
         *
         * @param more the mapped terms
         * @return this builder
         */
        public Builder mappings(TermId... more) {
            mappings.addAll(List.of(more));
            return this;
        }

        /**
         * Sets the short description.
         *
         * @param text the description
         * @return this builder
         */
        public Builder description(String text) {
            this.description = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Builds the term.
         *
         * @return the term
         * @throws IllegalArgumentException as {@link Term#Term} does
         */
        public Term build() {
            return new Term(id, label, level, Optional.ofNullable(parent), selectable, stages,
                    sectors.stream().distinct().toList(), mappings.stream().distinct().toList(), description);
        }
    }
}
