package eu.adpack.matching.ambassador;

import eu.adpack.core.AdpackException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.Ambassador;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.matching.Combination;
import eu.adpack.matching.Match;
import eu.adpack.matching.MatchPolicy;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.Matcher;
import eu.adpack.matching.Matchers;
import eu.adpack.matching.Pairing;
import eu.adpack.matching.SubjectKind;
import eu.adpack.matching.TermResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Allocates a partnership's SMEs to its ambassadors under each ambassador's capacity.
 *
 * <p>An SME and an ambassador are <em>eligible</em> when the ambassador covers one of the SME's target markets and
 * they share a language (a side that names no language is taken to share any). Their <em>fit</em> is
 * {@code marketWeight × shared markets / SME's target markets + expertiseWeight × expertise}, where expertise is the
 * matcher's arithmetic two-sided score between the SME (its competences, offers and needs) and the ambassador's
 * expertise terms and text ({@link Matchers#indexed}, the ambassador entered as a registry profile in each of her
 * markets, SME–registry pairing). {@link #allocate} maximises the total fit
 * exactly, as a min-cost flow (JGraphT's capacity scaling); {@link #allocateStable} runs SME-proposing deferred
 * acceptance with capacities, SMEs ranking ambassadors by fit and ambassadors ranking SMEs by expertise (then fit):
 * no SME and ambassador would both rather be together, and its total is reported beside the exact optimum.
 *
 * <p>Build one with {@link #builder()}. Immutable and thread-safe.
 */
public final class AmbassadorAllocator {
    private static final String PREFIX = "ambassador:";

    private final double marketWeight;
    private final double expertiseWeight;
    private final boolean requireAll;
    private final TermResolver resolver;

    private AmbassadorAllocator(Builder b) {
        this.marketWeight = b.marketWeight;
        this.expertiseWeight = b.expertiseWeight;
        this.requireAll = b.requireAll;
        this.resolver = b.resolver;
    }

    /**
     * Starts a builder with the defaults documented on each setter.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this allocator's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().marketWeight(marketWeight).expertiseWeight(expertiseWeight).requireAll(requireAll)
                .resolver(resolver);
    }

    /**
     * Returns the allocation of maximum total fit.
     *
     * @param partnership the partnership, with its ambassadors
     * @param smeIds the SMEs to allocate; empty for every member SME that names a target market
     * @return the allocation
     * @throws AdpackException if an id is not a member SME, or, when every SME must be served, one cannot be
     */
    public Allocation allocate(Partnership partnership, Collection<String> smeIds) {
        Problem p = problem(partnership, smeIds);
        int[] exact = MinCostAllocation.solve(p.table);
        return result("exact", p, exact, total(p.table, exact));
    }

    /**
     * Returns the SME-optimal stable allocation, with the exact optimum's total beside its own.
     *
     * @param partnership the partnership, with its ambassadors
     * @param smeIds the SMEs to allocate; empty for every member SME that names a target market
     * @return the allocation
     * @throws AdpackException if an id is not a member SME, or, when every SME must be served, one cannot be
     */
    public Allocation allocateStable(Partnership partnership, Collection<String> smeIds) {
        Problem p = problem(partnership, smeIds);
        int n = p.table.smes();
        int m = p.table.ambassadors();
        double[][] ambassadorSide = new double[n][m];
        for (int s = 0; s < n; s++) {
            for (int a = 0; a < m; a++) {
                ambassadorSide[s][a] = p.expertise[s][a] + 1e-6 * p.table.fit()[s][a];
            }
        }
        int[] stable = DeferredAcceptance.solve(p.table, p.table.fit(), ambassadorSide);
        double exact = total(p.table, MinCostAllocation.solve(p.table));
        return result("stable", p, stable, exact);
    }

    private static double total(FitTable t, int[] alloc) {
        double sum = 0;
        for (int s = 0; s < alloc.length; s++) {
            if (alloc[s] >= 0) {
                sum += t.fit()[s][alloc[s]];
            }
        }
        return sum;
    }

    private Allocation result(String method, Problem p, int[] alloc, double exactTotal) {
        List<AmbassadorFit> pairs = new ArrayList<>();
        List<UnservedSme> unserved = new ArrayList<>();
        Map<Integer, List<String>> serves = new HashMap<>();
        for (int s = 0; s < alloc.length; s++) {
            Organisation o = p.smes.get(s);
            int a = alloc[s];
            if (a >= 0) {
                Ambassador amb = p.ambassadors.get(a);
                pairs.add(new AmbassadorFit(o.id(), amb.id(), p.table.fit()[s][a], shared(o, amb),
                        sharedLanguages(o, amb), p.expertise[s][a]));
                serves.computeIfAbsent(a, x -> new ArrayList<>()).add(o.id());
                continue;
            }
            List<String> full = new ArrayList<>();
            for (int b = 0; b < p.table.ambassadors(); b++) {
                if (p.table.eligible(s, b)) {
                    full.add(p.ambassadors.get(b).id());
                }
            }
            String reason = full.isEmpty()
                    ? "no ambassador covers its target markets " + codes(o.targetMarkets()) + " in one of its"
                            + " languages " + languages(o.languages())
                    : "the ambassadors who could serve it (" + String.join(", ", full) + ") are full with SMEs of"
                            + " higher total fit";
            unserved.add(new UnservedSme(o.id(), reason));
        }
        if (requireAll && !unserved.isEmpty()) {
            UnservedSme first = unserved.get(0);
            throw new AdpackException("ambassadors: capacity: " + unserved.size() + " of " + alloc.length
                    + " SMEs cannot be served (total capacity " + p.totalCapacity + "); first: " + first.sme()
                    + ": " + first.reason());
        }
        List<AmbassadorLoad> loads = new ArrayList<>();
        for (int a = 0; a < p.ambassadors.size(); a++) {
            Ambassador amb = p.ambassadors.get(a);
            loads.add(new AmbassadorLoad(amb.id(), amb.capacity(), serves.getOrDefault(a, List.of())));
        }
        return new Allocation(method, total(p.table, alloc), exactTotal, pairs, unserved, loads);
    }

    private Problem problem(Partnership partnership, Collection<String> smeIds) {
        Objects.requireNonNull(partnership, "partnership");
        Map<String, String> clusterOf = new HashMap<>();
        for (Cluster c : partnership.clusters()) {
            for (String m : c.members()) {
                clusterOf.putIfAbsent(m, c.id());
            }
        }
        List<Organisation> smes = new ArrayList<>();
        if (smeIds.isEmpty()) {
            for (Organisation o : partnership.members()) {
                if (o.isSme() && !o.targetMarkets().isEmpty()) {
                    smes.add(o);
                }
            }
        } else {
            for (String id : new LinkedHashSet<>(smeIds)) {
                Organisation o = partnership.organisation(id).filter(x -> partnership.isMember(x.id()))
                        .filter(Organisation::isSme).orElseThrow(() -> new AdpackException("ambassadors: smes: '"
                                + id + "' is not a member SME of partnership " + partnership.id()));
                smes.add(o);
            }
        }
        List<Ambassador> ambassadors = partnership.ambassadors();
        int n = smes.size();
        int m = ambassadors.size();
        double[][] expertise = expertise(smes, ambassadors, clusterOf);
        double[][] fit = new double[n][m];
        int[] capacity = new int[m];
        int totalCapacity = 0;
        for (int a = 0; a < m; a++) {
            capacity[a] = ambassadors.get(a).capacity();
            totalCapacity += capacity[a];
        }
        for (int s = 0; s < n; s++) {
            Organisation o = smes.get(s);
            for (int a = 0; a < m; a++) {
                Ambassador amb = ambassadors.get(a);
                int markets = shared(o, amb).size();
                boolean language = o.languages().isEmpty() || amb.languages().isEmpty()
                        || !sharedLanguages(o, amb).isEmpty();
                if (markets > 0 && language) {
                    fit[s][a] = marketWeight * markets / o.targetMarkets().size() + expertiseWeight * expertise[s][a];
                }
            }
        }
        return new Problem(smes, ambassadors, new FitTable(fit, capacity), expertise, totalCapacity);
    }

    private double[][] expertise(List<Organisation> smes, List<Ambassador> ambassadors, Map<String, String> clusterOf) {
        double[][] out = new double[smes.size()][ambassadors.size()];
        if (smes.isEmpty() || ambassadors.isEmpty() || expertiseWeight == 0) {
            return out;
        }
        // Ambassadors enter the matcher as registry profiles, one per market, so that the SME-registry pairing
        // proposes to an SME only the ambassadors of its target markets, and one query per SME suffices.
        MatchPolicy policy = MatchPolicy.builder().pairings(Set.of(Pairing.SME_REGISTRY))
                .combination(Combination.ARITHMETIC).build();
        Matcher matcher = Matchers.indexed(policy, resolver);
        List<MatchSubject> subjects = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int a = 0; a < ambassadors.size(); a++) {
            Ambassador amb = ambassadors.get(a);
            String text = amb.expertiseText() == null ? "" : amb.expertiseText();
            for (Country market : amb.markets()) {
                String id = PREFIX + amb.id() + ":" + market.code();
                subjects.add(MatchSubject.builder(id, SubjectKind.BO, market.code()).title(text)
                        .keywords(amb.expertise()).build());
                index.put(id, a);
            }
        }
        for (Organisation o : smes) {
            subjects.add(MatchSubject.of(o, clusterOf.get(o.id())));
        }
        matcher.addAll(subjects);
        int perSme = subjects.size() - smes.size();
        for (int s = 0; s < smes.size(); s++) {
            for (Match match : matcher.query(smes.get(s).id(), perSme)) {
                Integer a = index.get(match.id());
                if (a != null) {
                    out[s][a] = Math.max(out[s][a], match.score());
                }
            }
        }
        return out;
    }

    private static List<String> shared(Organisation o, Ambassador a) {
        List<String> out = new ArrayList<>();
        for (Country c : o.targetMarkets()) {
            if (a.markets().contains(c)) {
                out.add(c.code());
            }
        }
        return out;
    }

    private static List<String> sharedLanguages(Organisation o, Ambassador a) {
        List<String> out = new ArrayList<>();
        for (Language l : o.languages()) {
            if (a.languages().contains(l)) {
                out.add(l.toString());
            }
        }
        return out;
    }

    private static String codes(Set<Country> cs) {
        return new TreeSet<>(cs.stream().map(Country::code).toList()).toString();
    }

    private static String languages(Set<Language> ls) {
        return new TreeSet<>(ls.stream().map(Language::toString).toList()).toString();
    }

    private record Problem(List<Organisation> smes, List<Ambassador> ambassadors, FitTable table,
            double[][] expertise, int totalCapacity) {
    }

    /** Builds an {@link AmbassadorAllocator}; not thread-safe. */
    public static final class Builder {
        private double marketWeight = 1.0;
        private double expertiseWeight = 1.0;
        private boolean requireAll;
        private TermResolver resolver = TermResolver.of(Taxonomies.bundled());

        private Builder() {
        }

        /**
         * Sets the weight of the market share in the fit. Default 1.0.
         *
         * @param value a finite number &gt; 0 (an eligible pair then always has a positive fit)
         * @return this builder
         */
        public Builder marketWeight(double value) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("ambassador allocator: marketWeight: " + value
                        + " is not valid: expected a finite number > 0");
            }
            marketWeight = value;
            return this;
        }

        /**
         * Sets the weight of the expertise score in the fit. Default 1.0.
         *
         * @param value a finite number &gt;= 0
         * @return this builder
         */
        public Builder expertiseWeight(double value) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("ambassador allocator: expertiseWeight: " + value
                        + " is not valid: expected a finite number >= 0");
            }
            expertiseWeight = value;
            return this;
        }

        /**
         * Sets whether an SME left unserved is an error rather than a line of the result. Default {@code false}.
         *
         * @param value whether every SME must be served
         * @return this builder
         */
        public Builder requireAll(boolean value) {
            requireAll = value;
            return this;
        }

        /**
         * Sets the taxonomies' resolver of the expertise score. Default: the bundled taxonomies.
         *
         * @param value the resolver
         * @return this builder
         */
        public Builder resolver(TermResolver value) {
            resolver = Objects.requireNonNull(value, "resolver");
            return this;
        }

        /**
         * Builds the allocator.
         *
         * @return the allocator
         */
        public AmbassadorAllocator build() {
            return new AmbassadorAllocator(this);
        }
    }
}
