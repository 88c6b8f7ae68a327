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
     * The defaults, built by {@link #builder()} with no setter called: content first (keywords 1.0, text 0.8, NACE
     * 0.3), context after (value chain 0.2, country 0.1, partnership type 0.05, freshness 0.05), parent credit 0.5,
     * terms held by more than 5% dropped, BM25 k1 = 1.2 and b = 0.75, freshness half-life 365 days, harmonic
     * combination, every pairing, no filter, SMEs of one cluster at full weight and of one sector at half weight,
     * expired profiles left out, dates judged on the day the matcher is made.
     */
    public static final MatchPolicy DEFAULT = new Builder().build();

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
     * Returns a builder that starts from the defaults ({@link #DEFAULT}).
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
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
        return switch (feature) {
            case KEYWORDS -> keywordWeight;
            case NACE -> naceWeight;
            case TEXT -> textWeight;
            case PARTNERSHIP_TYPE -> partnershipTypeWeight;
            case COUNTRY -> countryWeight;
            case VALUE_CHAIN -> valueChainWeight;
            case FRESHNESS -> freshnessWeight;
        };
    }

    /**
     * A builder of {@link MatchPolicy} with one named setter per setting; each setter checks its value at once and
     * names itself in the {@link IllegalArgumentException} it throws. Not thread-safe.
     */
    public static final class Builder {
        private double keywordWeight = 1.0;
        private double naceWeight = 0.3;
        private double textWeight = 0.8;
        private double partnershipTypeWeight = 0.05;
        private double countryWeight = 0.1;
        private double valueChainWeight = 0.2;
        private double freshnessWeight = 0.05;
        private double ancestorDecay = 0.5;
        private double commonTermShare = 0.05;
        private Bm25 bm25 = Bm25.DEFAULT;
        private double freshnessHalfLifeDays = 365;
        private Combination combination = Combination.HARMONIC;
        private Set<Pairing> pairings = EnumSet.allOf(Pairing.class);
        private Set<String> countries = Set.of();
        private Set<SubjectKind> kinds = Set.of();
        private Set<Sector> sectors = Set.of();
        private double sameClusterFactor = 1.0;
        private double sameSectorFactor = 0.5;
        private boolean includeExpired;
        private LocalDate asOf;

        private Builder() {
        }

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

        private static double checkWeight(String setter, double value) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("MatchPolicy.Builder." + setter + ": " + value
                        + " is not valid: expected a finite weight >= 0");
            }
            return value;
        }

        private static double checkUnit(String setter, double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("MatchPolicy.Builder." + setter + ": " + value
                        + " is not valid: expected a number in [0, 1]");
            }
            return value;
        }

        private static <T> T checkNotNull(String setter, T value) {
            if (value == null) {
                throw new IllegalArgumentException("MatchPolicy.Builder." + setter + ": null is not valid");
            }
            return value;
        }

        /**
         * Sets the weight of shared keywords and competences. Default 1.0.
         *
         * @param weight a finite weight, at least 0
         * @return this builder
         */
        public Builder keywordWeight(double weight) {
            keywordWeight = checkWeight("keywordWeight", weight);
            return this;
        }

        /**
         * Sets the weight of shared NACE codes. Default 0.3.
         *
         * @param weight a finite weight, at least 0
         * @return this builder
         */
        public Builder naceWeight(double weight) {
            naceWeight = checkWeight("naceWeight", weight);
            return this;
        }

        /**
         * Sets the weight of BM25 text similarity over title, summary and description. Default 0.8.
         *
         * @param weight a finite weight, at least 0
         * @return this builder
         */
        public Builder textWeight(double weight) {
            textWeight = checkWeight("textWeight", weight);
            return this;
        }

        /**
         * Sets the weight of a shared partnership type. Default 0.05.
         *
         * @param weight a finite weight, at least 0
         * @return this builder
         */
        public Builder partnershipTypeWeight(double weight) {
            partnershipTypeWeight = checkWeight("partnershipTypeWeight", weight);
            return this;
        }

        /**
         * Sets the weight of the country fit (the partner is in a country the subject targets). Default 0.1.
         *
         * @param weight a finite weight, at least 0
         * @return this builder
         */
        public Builder countryWeight(double weight) {
            countryWeight = checkWeight("countryWeight", weight);
            return this;
        }

        /**
         * Sets the weight of value-chain complementarity. Default 0.2.
         *
         * @param weight a finite weight, at least 0
         * @return this builder
         */
        public Builder valueChainWeight(double weight) {
            valueChainWeight = checkWeight("valueChainWeight", weight);
            return this;
        }

        /**
         * Sets the weight of freshness. Default 0.05.
         *
         * @param weight a finite weight, at least 0
         * @return this builder
         */
        public Builder freshnessWeight(double weight) {
            freshnessWeight = checkWeight("freshnessWeight", weight);
            return this;
        }

        /**
         * Sets the weight of one feature, as the feature's own setter does (defaults: keywords 1.0, NACE 0.3, text
         * 0.8, partnership type 0.05, country 0.1, value chain 0.2, freshness 0.05).
         *
         * @param feature the feature
         * @param weight a finite weight, at least 0
         * @return this builder
         */
        public Builder weight(Feature feature, double weight) {
            return switch (checkNotNull("weight", feature)) {
                case KEYWORDS -> keywordWeight(weight);
                case NACE -> naceWeight(weight);
                case TEXT -> textWeight(weight);
                case PARTNERSHIP_TYPE -> partnershipTypeWeight(weight);
                case COUNTRY -> countryWeight(weight);
                case VALUE_CHAIN -> valueChainWeight(weight);
                case FRESHNESS -> freshnessWeight(weight);
            };
        }

        /**
         * Sets the credit of a parent relative to its child (the grandparent gets its square, and so on); also the
         * credit of a competence's mapped EEN or NACE terms. Default 0.5.
         *
         * @param decay in [0, 1]
         * @return this builder
         */
        public Builder ancestorDecay(double decay) {
            ancestorDecay = checkUnit("ancestorDecay", decay);
            return this;
        }

        /**
         * Sets the share of the population above which a term (held by at least 50 subjects) carries no weight.
         * Default 0.05.
         *
         * @param share in [0, 1]; 1 keeps every term
         * @return this builder
         */
        public Builder commonTermShare(double share) {
            commonTermShare = checkUnit("commonTermShare", share);
            return this;
        }

        /**
         * Sets the BM25 parameters of the text feature. Default {@link Bm25#DEFAULT} (k1 = 1.2, b = 0.75).
         *
         * @param value the parameters
         * @return this builder
         */
        public Builder bm25(Bm25 value) {
            bm25 = checkNotNull("bm25", value);
            return this;
        }

        /**
         * Sets after how many days since its last update a profile's freshness halves. Default 365.
         *
         * @param days a finite number of days, above 0
         * @return this builder
         */
        public Builder freshnessHalfLifeDays(double days) {
            if (!(days > 0) || Double.isInfinite(days)) {
                throw new IllegalArgumentException("MatchPolicy.Builder.freshnessHalfLifeDays: " + days
                        + " is not valid: expected a finite number of days > 0");
            }
            freshnessHalfLifeDays = days;
            return this;
        }

        /**
         * Sets how the forward and backward scores combine. Default {@link Combination#HARMONIC}.
         *
         * @param value the combination
         * @return this builder
         */
        public Builder combination(Combination value) {
            combination = checkNotNull("combination", value);
            return this;
        }

        /**
         * Sets which families of pairs are proposed. Default: every {@link Pairing}.
         *
         * @param values the pairings, at least one
         * @return this builder
         */
        public Builder pairings(Collection<Pairing> values) {
            checkNotNull("pairings", values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("MatchPolicy.Builder.pairings: [] is not valid: expected at least"
                        + " one pairing");
            }
            pairings = Set.copyOf(values);
            return this;
        }

        /**
         * Proposes only one family of pairs, for instance {@link Pairing#SME_REGISTRY}. Default: every pairing.
         *
         * @param value the pairing
         * @return this builder
         */
        public Builder pairing(Pairing value) {
            return pairings(Set.of(checkNotNull("pairing", value)));
        }

        /**
         * Keeps only partners in these countries. Default: none, no filter.
         *
         * @param values ISO 3166-1 alpha-2 codes ({@code UK} is read as {@code GB})
         * @return this builder
         */
        public Builder countries(Collection<String> values) {
            countries = Set.copyOf(checkNotNull("countries", values));
            return this;
        }

        /**
         * Keeps only partners of these kinds. Default: none, no filter.
         *
         * @param values kinds
         * @return this builder
         */
        public Builder kinds(Collection<SubjectKind> values) {
            kinds = Set.copyOf(checkNotNull("kinds", values));
            return this;
        }

        /**
         * Keeps only partners in one of these sectors. Default: none, no filter.
         *
         * @param values sectors
         * @return this builder
         */
        public Builder sectors(Collection<Sector> values) {
            sectors = Set.copyOf(checkNotNull("sectors", values));
            return this;
        }

        /**
         * Sets the factor on the score of two SMEs of one cluster; 0 excludes them. Default 1.0.
         *
         * @param factor in [0, 1]
         * @return this builder
         */
        public Builder sameClusterFactor(double factor) {
            sameClusterFactor = checkUnit("sameClusterFactor", factor);
            return this;
        }

        /**
         * Excludes pairs of SMEs of one cluster: {@code sameClusterFactor(0)}.
         *
         * @return this builder
         */
        public Builder excludeSameCluster() {
            return sameClusterFactor(0);
        }

        /**
         * Sets the factor on the score of two SMEs sharing a sector; 0 excludes them. Default 0.5.
         *
         * @param factor in [0, 1]
         * @return this builder
         */
        public Builder sameSectorFactor(double factor) {
            sameSectorFactor = checkUnit("sameSectorFactor", factor);
            return this;
        }

        /**
         * Sets whether expired and past-deadline profiles are proposed. Default false.
         *
         * @param value whether to include them
         * @return this builder
         */
        public Builder includeExpired(boolean value) {
            includeExpired = value;
            return this;
        }

        /**
         * Sets the date against which deadlines and freshness are judged. Default: none, the day the matcher is
         * made.
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
         */
        public MatchPolicy build() {
            return new MatchPolicy(keywordWeight, naceWeight, textWeight, partnershipTypeWeight, countryWeight,
                    valueChainWeight, freshnessWeight, ancestorDecay, commonTermShare, bm25, freshnessHalfLifeDays,
                    combination, pairings, countries, kinds, sectors, sameClusterFactor, sameSectorFactor,
                    includeExpired, Optional.ofNullable(asOf));
        }
    }
}
