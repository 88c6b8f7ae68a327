package eu.adpack.matching;

import eu.adpack.core.taxonomy.Sector;
import eu.adpack.matching.text.Bm25;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The settings of matching: the weight of every feature, how the two directions combine, which pairs are allowed
 * and which partners are filtered out.
 *
 * <p>A directed score s(A→B) is the sum of the feature parts: {@code keywordWeight}, {@code naceWeight} and
 * {@code textWeight} times the share of A's content that B covers (each in [0, 1]), the content part C; plus, for
 * each context feature, C times its weight times its value: {@code countryWeight} when B is in a country A targets,
 * {@code partnershipTypeWeight} when both want the same kind of partnership, {@code valueChainWeight} times how well
 * B's stages and sectors supply A's (in [0, 1]), {@code freshnessWeight} times 2^(−age / half-life) of B's last
 * update. So s(A→B) = C · (1 + context), context adds in proportion to what a pair shares, and two subjects with
 * nothing in common are never proposed. Start from {@link #DEFAULT} and change what you need with
 * {@link #toBuilder()}. Immutable and thread-safe.
 *
 * @param keywordWeight weight of shared keywords and competences
 * @param naceWeight weight of shared NACE codes
 * @param textWeight weight of BM25 text similarity
 * @param partnershipTypeWeight weight of a shared partnership type
 * @param countryWeight weight of the country fit
 * @param valueChainWeight weight of value-chain complementarity
 * @param freshnessWeight weight of freshness
 * @param ancestorDecay credit of a term's parent relative to the term (the grandparent gets its square, and so on);
 *     also the credit of a competence's mapped EEN or NACE terms
 * @param commonTermShare a term (keyword, ancestor or text stem) held by more than this share of the population,
 *     and by at least 50 subjects, carries no weight: like a stop word, it says nothing about a pair
 * @param bm25 the BM25 parameters of the text feature
 * @param freshnessHalfLifeDays after how many days since its last update a profile's freshness halves
 * @param combination how forward and backward scores combine
 * @param pairings which families of pairs are proposed
 * @param countries if not empty, only partners in these countries are proposed
 * @param kinds if not empty, only partners of these kinds are proposed
 * @param sectors if not empty, only partners in one of these sectors are proposed
 * @param sameClusterFactor factor on the score of two SMEs of the same cluster: 1 leaves it, 0 excludes the pair
 * @param sameSectorFactor factor on the score of two SMEs sharing a sector: 1 leaves it, 0 excludes the pair
 * @param includeExpired whether pairs with an expired or past-deadline profile are proposed
 * @param asOf the date against which deadlines and freshness are judged; empty means the day the matcher is made
 */
public record MatchPolicy(
        double keywordWeight,
        double naceWeight,
        double textWeight,
        double partnershipTypeWeight,
        double countryWeight,
        double valueChainWeight,
        double freshnessWeight,
        double ancestorDecay,
        double commonTermShare,
        Bm25 bm25,
        double freshnessHalfLifeDays,
        Combination combination,
        Set<Pairing> pairings,
        Set<String> countries,
        Set<SubjectKind> kinds,
        Set<Sector> sectors,
        double sameClusterFactor,
        double sameSectorFactor,
        boolean includeExpired,
        Optional<LocalDate> asOf) {

    /**
     * The defaults: content first (keywords 1.0, text 0.8, NACE 0.3), context after (value chain 0.2, country 0.1,
     * partnership type 0.05, freshness 0.05), parent credit 0.5, terms held by more than 5% dropped, harmonic
     * combination, every pairing, SMEs of one
     * sector at half weight, expired profiles left out.
     */
    public static final MatchPolicy DEFAULT = new MatchPolicy(1.0, 0.3, 0.8, 0.05, 0.1, 0.2, 0.05, 0.5,
            0.05, Bm25.DEFAULT, 365, Combination.HARMONIC, EnumSet.allOf(Pairing.class), Set.of(), Set.of(), Set.of(),
            1.0, 0.5, false, Optional.empty());

    /**
     * Validates and copies the parts.
     *
     * @throws IllegalArgumentException if a weight is negative or not finite, a factor or the decay lies outside
     *     [0, 1], the half-life is not positive, or no pairing is allowed
     */
    public MatchPolicy {
        weight("keywordWeight", keywordWeight);
        weight("naceWeight", naceWeight);
        weight("textWeight", textWeight);
        weight("partnershipTypeWeight", partnershipTypeWeight);
        weight("countryWeight", countryWeight);
        weight("valueChainWeight", valueChainWeight);
        weight("freshnessWeight", freshnessWeight);
        unit("ancestorDecay", ancestorDecay);
        unit("commonTermShare", commonTermShare);
        unit("sameClusterFactor", sameClusterFactor);
        unit("sameSectorFactor", sameSectorFactor);
        Objects.requireNonNull(bm25, "bm25");
        if (!(freshnessHalfLifeDays > 0) || Double.isInfinite(freshnessHalfLifeDays)) {
            throw new IllegalArgumentException("policy.freshnessHalfLifeDays: " + freshnessHalfLifeDays
                    + " is not valid: expected a finite number of days > 0");
        }
        Objects.requireNonNull(combination, "combination");
        pairings = Set.copyOf(pairings);
        if (pairings.isEmpty()) {
            throw new IllegalArgumentException("policy.pairings: is empty: expected at least one pairing");
        }
        Set<String> cs = new LinkedHashSet<>();
        for (String c : countries) {
            String code = c.strip().toUpperCase(Locale.ROOT);
            cs.add(code.equals("UK") ? "GB" : code);
        }
        countries = Set.copyOf(cs);
        kinds = Set.copyOf(kinds);
        sectors = Set.copyOf(sectors);
        Objects.requireNonNull(asOf, "asOf");
    }

    private static void weight(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    "policy." + name + ": " + value + " is not valid: expected a finite weight >= 0");
        }
    }

    private static void unit(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(
                    "policy." + name + ": " + value + " is not valid: expected a number in [0, 1]");
        }
    }

    /**
     * Returns a builder that starts from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return DEFAULT.toBuilder();
    }

    /**
     * Returns a builder that starts from this policy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the weight of a content or context feature.
     *
     * @param feature the feature
     * @return its weight
     */
    public double weight(Feature feature) {
        switch (feature) {
            case KEYWORDS:
                return keywordWeight;
            case NACE:
                return naceWeight;
            case TEXT:
                return textWeight;
            case PARTNERSHIP_TYPE:
                return partnershipTypeWeight;
            case COUNTRY:
                return countryWeight;
            case VALUE_CHAIN:
                return valueChainWeight;
            case FRESHNESS:
                return freshnessWeight;
            default:
                throw new AssertionError(feature);
        }
    }

    /** A builder of {@link MatchPolicy}; not thread-safe. */
    public static final class Builder {
        private double keywordWeight;
        private double naceWeight;
        private double textWeight;
        private double partnershipTypeWeight;
        private double countryWeight;
        private double valueChainWeight;
        private double freshnessWeight;
        private double ancestorDecay;
        private double commonTermShare;
        private Bm25 bm25;
        private double freshnessHalfLifeDays;
        private Combination combination;
        private Set<Pairing> pairings;
        private Set<String> countries;
        private Set<SubjectKind> kinds;
        private Set<Sector> sectors;
        private double sameClusterFactor;
        private double sameSectorFactor;
        private boolean includeExpired;
        private LocalDate asOf;

        private Builder(MatchPolicy p) {
            keywordWeight = p.keywordWeight;
            naceWeight = p.naceWeight;
            textWeight = p.textWeight;
            partnershipTypeWeight = p.partnershipTypeWeight;
            countryWeight = p.countryWeight;
            valueChainWeight = p.valueChainWeight;
            freshnessWeight = p.freshnessWeight;
            ancestorDecay = p.ancestorDecay;
            commonTermShare = p.commonTermShare;
            bm25 = p.bm25;
            freshnessHalfLifeDays = p.freshnessHalfLifeDays;
            combination = p.combination;
            pairings = p.pairings;
            countries = p.countries;
            kinds = p.kinds;
            sectors = p.sectors;
            sameClusterFactor = p.sameClusterFactor;
            sameSectorFactor = p.sameSectorFactor;
            includeExpired = p.includeExpired;
            asOf = p.asOf.orElse(null);
        }

        /**
         * Sets the weight of one feature.
         *
         * @param feature the feature
         * @param weight its weight, at least 0
         * @return this builder
         */
        public Builder weight(Feature feature, double weight) {
            switch (feature) {
                case KEYWORDS -> keywordWeight = weight;
                case NACE -> naceWeight = weight;
                case TEXT -> textWeight = weight;
                case PARTNERSHIP_TYPE -> partnershipTypeWeight = weight;
                case COUNTRY -> countryWeight = weight;
                case VALUE_CHAIN -> valueChainWeight = weight;
                case FRESHNESS -> freshnessWeight = weight;
                default -> throw new AssertionError(feature);
            }
            return this;
        }

        /**
         * Sets the credit of a parent relative to its child.
         *
         * @param decay in [0, 1]
         * @return this builder
         */
        public Builder ancestorDecay(double decay) {
            ancestorDecay = decay;
            return this;
        }

        /**
         * Sets the share of the population above which a term carries no weight.
         *
         * @param share in [0, 1]; 1 keeps every term
         * @return this builder
         */
        public Builder commonTermShare(double share) {
            commonTermShare = share;
            return this;
        }

        /**
         * Sets the BM25 parameters.
         *
         * @param value the parameters
         * @return this builder
         */
        public Builder bm25(Bm25 value) {
            bm25 = value;
            return this;
        }

        /**
         * Sets the freshness half-life.
         *
         * @param days days, above 0
         * @return this builder
         */
        public Builder freshnessHalfLifeDays(double days) {
            freshnessHalfLifeDays = days;
            return this;
        }

        /**
         * Sets how the two directions combine.
         *
         * @param value the combination
         * @return this builder
         */
        public Builder combination(Combination value) {
            combination = value;
            return this;
        }

        /**
         * Sets which families of pairs are proposed.
         *
         * @param values the pairings, at least one
         * @return this builder
         */
        public Builder pairings(Collection<Pairing> values) {
            pairings = Set.copyOf(values);
            return this;
        }

        /**
         * Keeps only partners in these countries (none: no filter).
         *
         * @param values ISO 3166-1 alpha-2 codes
         * @return this builder
         */
        public Builder countries(Collection<String> values) {
            countries = Set.copyOf(values);
            return this;
        }

        /**
         * Keeps only partners of these kinds (none: no filter).
         *
         * @param values kinds
         * @return this builder
         */
        public Builder kinds(Collection<SubjectKind> values) {
            kinds = Set.copyOf(values);
            return this;
        }

        /**
         * Keeps only partners in one of these sectors (none: no filter).
         *
         * @param values sectors
         * @return this builder
         */
        public Builder sectors(Collection<Sector> values) {
            sectors = Set.copyOf(values);
            return this;
        }

        /**
         * Sets the factor on pairs of SMEs of one cluster; 0 excludes them.
         *
         * @param factor in [0, 1]
         * @return this builder
         */
        public Builder sameClusterFactor(double factor) {
            sameClusterFactor = factor;
            return this;
        }

        /**
         * Excludes pairs of SMEs of one cluster.
         *
         * @return this builder
         */
        public Builder excludeSameCluster() {
            return sameClusterFactor(0);
        }

        /**
         * Sets the factor on pairs of SMEs sharing a sector; 0 excludes them.
         *
         * @param factor in [0, 1]
         * @return this builder
         */
        public Builder sameSectorFactor(double factor) {
            sameSectorFactor = factor;
            return this;
        }

        /**
         * Sets whether expired and past-deadline profiles are proposed.
         *
         * @param value whether to include them
         * @return this builder
         */
        public Builder includeExpired(boolean value) {
            includeExpired = value;
            return this;
        }

        /**
         * Sets the date against which deadlines and freshness are judged.
         *
         * @param date the date, or {@code null} for the day the matcher is made
         * @return this builder
         */
        public Builder asOf(LocalDate date) {
            asOf = date;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws IllegalArgumentException if a setting is not valid
         */
        public MatchPolicy build() {
            return new MatchPolicy(keywordWeight, naceWeight, textWeight, partnershipTypeWeight, countryWeight,
                    valueChainWeight, freshnessWeight, ancestorDecay, commonTermShare, bm25, freshnessHalfLifeDays, combination,
                    pairings, countries, kinds, sectors, sameClusterFactor, sameSectorFactor, includeExpired,
                    Optional.ofNullable(asOf));
        }
    }
}
