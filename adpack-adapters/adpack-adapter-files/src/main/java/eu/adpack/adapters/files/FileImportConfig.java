package eu.adpack.adapters.files;

import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.TaxonomyId;
import eu.adpack.core.taxonomy.Taxonomies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The settings of a file import: the taxonomies keywords are resolved in, the taxonomies whose labels a keyword cell
 * may use (tried in order), the sectors a member may name, and what to do with an unknown value.
 *
 * <p>{@link #DEFAULT} uses the bundled taxonomies, resolves labels in AdPack's competences, then EEN technology, then
 * EEN market keywords, accepts the eight sectors of AdPack², and drops and reports unknown values. Immutable and
 * thread-safe; {@link Builder} is not thread-safe.
 */
public final class FileImportConfig {
    /** The default settings. */
    public static final FileImportConfig DEFAULT = builder().build();

    private final Taxonomies taxonomies;
    private final List<TaxonomyId> labelTaxonomies;
    private final List<Sector> sectors;
    private final UnknownValuePolicy unknownValues;

    private FileImportConfig(Builder b) {
        this.taxonomies = b.taxonomies == null ? Taxonomies.bundled() : b.taxonomies;
        this.labelTaxonomies = List.copyOf(b.labelTaxonomies);
        this.sectors = List.copyOf(b.sectors);
        this.unknownValues = b.unknownValues;
        for (TaxonomyId t : labelTaxonomies) {
            if (!taxonomies.ids().contains(t)) {
                throw new IllegalArgumentException("label taxonomy " + t + " is not in the taxonomies (expected one of "
                        + taxonomies.ids() + ")");
            }
        }
        if (!taxonomies.ids().contains(TaxonomyId.NACE)) {
            throw new IllegalArgumentException("the taxonomies lack nace (expected it for the nace column)");
        }
    }

    /**
     * Starts from the default settings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the taxonomies keywords are resolved in.
     *
     * @return the taxonomies
     */
    public Taxonomies taxonomies() {
        return taxonomies;
    }

    /**
     * Returns the taxonomies in which a keyword written as a label is looked up, in order; the first that knows the
     * label wins.
     *
     * @return an immutable list
     */
    public List<TaxonomyId> labelTaxonomies() {
        return labelTaxonomies;
    }

    /**
     * Returns the sectors a member may name, by code or label.
     *
     * @return an immutable list
     */
    public List<Sector> sectors() {
        return sectors;
    }

    /**
     * Returns what happens to an unknown value in a multi-valued cell.
     *
     * @return the policy
     */
    public UnknownValuePolicy unknownValues() {
        return unknownValues;
    }

    /** Builds a {@link FileImportConfig}; not thread-safe. */
    public static final class Builder {
        private Taxonomies taxonomies;
        private final List<TaxonomyId> labelTaxonomies =
                new ArrayList<>(List.of(TaxonomyId.ADPACK, TaxonomyId.EEN_TECHNOLOGY, TaxonomyId.EEN_MARKET));
        private final List<Sector> sectors = new ArrayList<>(Sector.adpack2());
        private UnknownValuePolicy unknownValues = UnknownValuePolicy.DROP_AND_REPORT;

        private Builder() {}

        /**
         * Sets the taxonomies, e.g. the bundled ones with a user's own added.
         *
         * @param taxonomies the taxonomies; they must hold {@code nace}
         * @return this builder
         */
        public Builder taxonomies(Taxonomies taxonomies) {
            this.taxonomies = Objects.requireNonNull(taxonomies, "taxonomies");
            return this;
        }

        /**
         * Sets the taxonomies in which labels are looked up, in order.
         *
         * @param ids taxonomies of {@link #taxonomies}
         * @return this builder
         */
        public Builder labelTaxonomies(List<TaxonomyId> ids) {
            labelTaxonomies.clear();
            labelTaxonomies.addAll(ids);
            return this;
        }

        /**
         * Sets the sectors a member may name.
         *
         * @param values the sectors, e.g. a partnership's own
         * @return this builder
         */
        public Builder sectors(List<Sector> values) {
            sectors.clear();
            sectors.addAll(values);
            return this;
        }

        /**
         * Sets what happens to an unknown value in a multi-valued cell.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder unknownValues(UnknownValuePolicy policy) {
            this.unknownValues = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         * @throws IllegalArgumentException if a label taxonomy is not among the taxonomies, or {@code nace} is
         *     missing
         */
        public FileImportConfig build() {
            return new FileImportConfig(this);
        }
    }
}
