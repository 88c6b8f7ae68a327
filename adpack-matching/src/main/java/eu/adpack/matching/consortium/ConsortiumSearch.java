package eu.adpack.matching.consortium;

import eu.adpack.core.AdpackException;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.core.taxonomy.TermId;
import eu.adpack.matching.MatchPolicy;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.Matcher;
import eu.adpack.matching.Matchers;
import eu.adpack.matching.TermResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Proposes consortia for a joint collaborative project from a pool of candidates (the partnership's SMEs and
 * registry profiles).
 *
 * <p>A candidate <em>covers</em> a needed competence when it holds the term, a descendant of it, or one of the EEN
 * and NACE terms the competence maps to ({@link TermResolver}). A consortium's value is its <em>coverage</em> (the
 * summed weight of the competences it covers) plus {@link Builder#cohesionWeight} times its <em>cohesion</em>, the
 * mean two-sided match score over its pairs of partners ({@link Matcher#explain}, all pairings, the given policy).
 * Every proposal satisfies the rules of the {@link ProjectNeeds}.
 *
 * <p>{@link #propose} is greedy: it seeds on each holder of the <em>rarest</em> needed competence (the one fewest
 * candidates cover) in turn, adds the coordinator, then adds the partner of largest marginal value until the
 * consortium is full or nothing adds value; when the remaining places are just enough to satisfy the rules, only
 * partners that bring the consortium closer to them are considered. Coverage is a monotone submodular function, so
 * without rule-forced steps the greedy's coverage is at least {@code 1 − 1/e} (about 63%) of the best coverage any
 * consortium of the same size reaches (Nemhauser, Wolsey and Fisher, 1978); the cohesion term and rule-forced steps
 * carry no such guarantee, and the measured gap against {@link #proposeExact} is in the README. To stay fast on
 * thousands of candidates, cohesion is evaluated at each step only for the {@value #SHORTLIST} candidates of largest
 * coverage gain (and rule value). {@link #proposeExact} enumerates every consortium, for pools of up to
 * {@value #MAX_EXACT} candidates.
 *
 * <p>Build one with {@link #builder()}. Immutable and thread-safe; the matcher it builds lives for one call.
 */
public final class ConsortiumSearch {
    /** How many candidates per greedy step get their cohesion evaluated. */
    public static final int SHORTLIST = 50;
    /** The largest pool {@link #proposeExact} accepts. */
    public static final int MAX_EXACT = 40;

    private final double cohesionWeight;
    private final MatchPolicy policy;
    private final TermResolver resolver;

    private ConsortiumSearch(Builder b) {
        this.cohesionWeight = b.cohesionWeight;
        this.policy = b.policy;
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
     * Returns a builder holding this search's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().cohesionWeight(cohesionWeight).policy(policy).resolver(resolver);
    }

    /**
     * Returns the candidates of a partnership: its member SMEs, then the registry profiles.
     *
     * @param partnership the partnership
     * @param profiles registry profiles
     * @return the pool, with the ids of the partnership's SMEs
     */
    public static Pool pool(Partnership partnership, Collection<MatchSubject> profiles) {
        Map<String, String> clusterOf = new HashMap<>();
        for (Cluster c : partnership.clusters()) {
            for (String m : c.members()) {
                clusterOf.putIfAbsent(m, c.id());
            }
        }
        List<MatchSubject> all = new ArrayList<>();
        Set<String> smes = new LinkedHashSet<>();
        for (Organisation o : partnership.members()) {
            if (o.isSme()) {
                all.add(MatchSubject.of(o, clusterOf.get(o.id())));
                smes.add(o.id());
            }
        }
        for (MatchSubject p : profiles) {
            if (!smes.contains(p.id())) {
                all.add(p);
            }
        }
        return new Pool(all, smes);
    }

    /**
     * A pool of candidates: match subjects, and which of them are SMEs of the partnership. Immutable.
     *
     * @param candidates the candidates, ids unique
     * @param partnershipSmes the ids of those that are SMEs of the partnership
     */
    public record Pool(List<MatchSubject> candidates, Set<String> partnershipSmes) {
        /** Copies the parts. */
        public Pool {
            candidates = List.copyOf(candidates);
            partnershipSmes = Set.copyOf(partnershipSmes);
        }
    }

    /**
     * Proposes up to {@code k} alternative consortia with the greedy.
     *
     * @param pool the candidates
     * @param needs the project's needs
     * @param k how many alternatives at most, at least 1
     * @return the proposals, best first
     * @throws AdpackException naming the field, if a needed competence is not a known term or the coordinator is
     *     not a candidate
     */
    public ConsortiumProposals propose(Pool pool, ProjectNeeds needs, int k) {
        Run run = new Run(pool, needs);
        List<Built> found = new ArrayList<>();
        Set<Set<Integer>> seen = new HashSet<>();
        List<Integer> seeds = run.seeds();
        for (int seed : seeds) {
            if (found.size() >= 2 * k && found.size() >= seeds.size()) {
                break;
            }
            Built b = run.greedy(seed, seeds, Set.of());
            if (b != null && run.deficit(b.members) == 0 && seen.add(new HashSet<>(b.members))) {
                found.add(b);
            }
            if (found.size() >= 3 * k) {
                break;
            }
        }
        if (seeds.isEmpty() && run.coordinator >= 0) {
            Built b = run.greedy(-1, seeds, Set.of());
            if (b != null && run.deficit(b.members) == 0) {
                found.add(b);
            }
        }
        // Fewer seeds than alternatives asked for: leave out, in turn, each partner of the proposals found so far.
        for (int f = 0; f < found.size() && found.size() < k; f++) {
            for (int banned : List.copyOf(found.get(f).members)) {
                if (banned == run.coordinator || found.size() >= k) {
                    continue;
                }
                int seed = seeds.stream().filter(x -> x != banned).findFirst().orElse(-1);
                Built b = run.greedy(seed, seeds, Set.of(banned));
                if (b != null && !b.members.isEmpty() && run.deficit(b.members) == 0
                        && seen.add(new HashSet<>(b.members))) {
                    found.add(b);
                }
            }
        }
        return run.answer("greedy", found, k);
    }

    /**
     * Proposes the {@code k} best consortia by enumerating them all; for small pools, and to measure the greedy.
     *
     * @param pool the candidates, at most {@value #MAX_EXACT}
     * @param needs the project's needs
     * @param k how many alternatives at most, at least 1
     * @return the proposals, best first
     * @throws AdpackException if the pool is larger than {@value #MAX_EXACT}, or as {@link #propose}
     */
    public ConsortiumProposals proposeExact(Pool pool, ProjectNeeds needs, int k) {
        if (pool.candidates().size() > MAX_EXACT) {
            throw new AdpackException("consortium: candidates: " + pool.candidates().size() + " is too many for the"
                    + " exact search (expected at most " + MAX_EXACT + ")");
        }
        Run run = new Run(pool, needs);
        List<Built> best = new ArrayList<>();
        List<Integer> start = new ArrayList<>();
        if (run.coordinator >= 0) {
            start.add(run.coordinator);
        }
        run.enumerate(start, 0, best, k);
        for (int rank = 1; rank <= best.size(); rank++) {
            Built b = best.get(rank - 1);
            String what = rank == 1 ? "the exact optimum" : "exact alternative " + rank;
            b.reasons.clear();
            for (int i : b.members) {
                List<Integer> without = new ArrayList<>(b.members);
                without.remove(Integer.valueOf(i));
                double drop = b.value - run.value(without);
                b.reasons.put(i, (i == run.coordinator ? "coordinator named by the project; " : "")
                        + "part of " + what + ": without it the value falls by " + num(drop)
                        + (run.deficit(without) > 0 ? " and the rules fail" : ""));
            }
        }
        return run.answer("exact", best, k);
    }

    /** One consortium being built: its members in order and why each is in. */
    private static final class Built {
        final List<Integer> members = new ArrayList<>();
        final Map<Integer, String> reasons = new HashMap<>();
        double value;
    }

    /** The state of one call: candidates' coverage masks, rules, cached pair scores. */
    private final class Run {
        final List<MatchSubject> cands;
        final boolean[] sme;
        final long[] mask;
        final double[] weight;
        final List<NeededCompetence> needed;
        final ProjectNeeds needs;
        final int coordinator;
        final Matcher matcher;
        final Map<Long, Double> pairs = new HashMap<>();
        final Set<String> targets = new HashSet<>();
        int rarest = -1;

        Run(Pool pool, ProjectNeeds needs) {
            this.needs = Objects.requireNonNull(needs, "needs");
            this.cands = pool.candidates();
            this.needed = needs.competences();
            if (needed.size() > 64) {
                throw new AdpackException("project needs '" + needs.title() + "': competences: " + needed.size()
                        + " is too many (expected at most 64)");
            }
            for (int c = 0; c < needed.size(); c++) {
                TermId t = needed.get(c).term();
                if (resolver.label(t).isEmpty()) {
                    throw new AdpackException("project needs '" + needs.title() + "': competences[" + c + "].term: '"
                            + t + "' is not a term of the bundled taxonomies");
                }
            }
            weight = new double[needed.size()];
            for (int c = 0; c < needed.size(); c++) {
                weight[c] = needed.get(c).weight();
            }
            needs.targetCountries().forEach(tc -> targets.add(tc.code()));
            sme = new boolean[cands.size()];
            mask = new long[cands.size()];
            int coord = -1;
            List<Set<TermId>> accepts = new ArrayList<>();
            for (NeededCompetence n : needed) {
                Set<TermId> ok = new HashSet<>(resolver.mappings(n.term()));
                ok.add(n.term());
                accepts.add(ok);
            }
            for (int i = 0; i < cands.size(); i++) {
                MatchSubject s = cands.get(i);
                sme[i] = pool.partnershipSmes().contains(s.id());
                if (s.id().equals(needs.coordinator())) {
                    coord = i;
                }
                for (TermId held : s.keywords()) {
                    List<TermId> up = new ArrayList<>(resolver.ancestors(held));
                    up.add(held);
                    for (int c = 0; c < needed.size(); c++) {
                        for (TermId u : up) {
                            if (accepts.get(c).contains(u)) {
                                mask[i] |= 1L << c;
                            }
                        }
                    }
                }
            }
            if (needs.coordinator() != null && coord < 0) {
                throw new AdpackException("project needs '" + needs.title() + "': coordinator: '"
                        + needs.coordinator() + "' is not among the candidates");
            }
            this.coordinator = coord;
            int fewest = Integer.MAX_VALUE;
            for (int c = 0; c < needed.size(); c++) {
                int n = 0;
                for (long m : mask) {
                    if ((m & (1L << c)) != 0) {
                        n++;
                    }
                }
                if (n > 0 && n < fewest) {
                    fewest = n;
                    rarest = c;
                }
            }
            this.matcher = Matchers.indexed(policy, resolver);
            matcher.addAll(cands);
        }

        List<Integer> seeds() {
            List<Integer> out = new ArrayList<>();
            if (rarest < 0) {
                return out;
            }
            for (int i = 0; i < cands.size(); i++) {
                if ((mask[i] & (1L << rarest)) != 0) {
                    out.add(i);
                }
            }
            out.sort(Comparator.comparingDouble((Integer i) -> -cover(mask[i])).thenComparing(i -> cands.get(i).id()));
            return out;
        }

        double cover(long m) {
            double v = 0;
            for (int c = 0; c < weight.length; c++) {
                if ((m & (1L << c)) != 0) {
                    v += weight[c];
                }
            }
            return v;
        }

        double pair(int a, int b) {
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            return pairs.computeIfAbsent(((long) lo << 32) | hi,
                    key -> matcher.explain(cands.get(lo).id(), cands.get(hi).id()).score());
        }

        double cohesion(List<Integer> members) {
            int n = members.size();
            if (n < 2) {
                return 0;
            }
            double sum = 0;
            for (int x = 0; x < n; x++) {
                for (int y = x + 1; y < n; y++) {
                    sum += pair(members.get(x), members.get(y));
                }
            }
            return sum / (n * (n - 1) / 2.0);
        }

        long covered(List<Integer> members) {
            long m = 0;
            for (int i : members) {
                m |= mask[i];
            }
            return m;
        }

        double value(List<Integer> members) {
            return cover(covered(members)) + cohesionWeight * cohesion(members);
        }

        /** How many more partners the rules need at least, summed over the rules. */
        int deficit(List<Integer> members) {
            Set<String> countries = new HashSet<>();
            int smes = 0;
            boolean target = targets.isEmpty();
            Set<Set<Sector>> sectorSets = new HashSet<>();
            for (int i : members) {
                MatchSubject s = cands.get(i);
                countries.add(s.country());
                if (sme[i]) {
                    smes++;
                }
                target |= targets.contains(s.country());
                if (!s.sectors().isEmpty()) {
                    sectorSets.add(s.sectors());
                }
            }
            int d = Math.max(0, needs.minCountries() - countries.size())
                    + Math.max(0, needs.minPartnershipSmes() - smes) + (target ? 0 : 1);
            if (needs.crossSector() && sectorSets.size() < 2) {
                d++;
            }
            return d;
        }

        Built greedy(int seed, List<Integer> seeds, Set<Integer> banned) {
            Built b = new Built();
            if (coordinator >= 0) {
                b.members.add(coordinator);
                b.reasons.put(coordinator, "coordinator named by the project");
            }
            if (seed >= 0 && seed != coordinator) {
                if (b.members.size() >= needs.maxPartners()) {
                    return null;
                }
                b.members.add(seed);
                int runner = seeds.stream().filter(i -> i != seed).findFirst().orElse(-1);
                b.reasons.put(seed, "seed: covers " + needed.get(rarest).term() + ", the rarest needed competence ("
                        + seeds.size() + " holder" + (seeds.size() == 1 ? "" : "s") + "), and coverage "
                        + num(cover(mask[seed])) + (runner < 0 ? "" : "; the next seed, " + cands.get(runner).id()
                        + ", covers " + num(cover(mask[runner]))));
            } else if (seed >= 0) {
                b.reasons.put(seed, "coordinator named by the project; it also covers the rarest needed competence "
                        + needed.get(rarest).term());
            }
            while (b.members.size() < needs.maxPartners()) {
                int deficit = deficit(b.members);
                int remaining = needs.maxPartners() - b.members.size();
                long have = covered(b.members);
                double cohesionNow = cohesion(b.members);
                Set<Integer> in = new HashSet<>(b.members);
                List<double[]> pre = new ArrayList<>();
                for (int i = 0; i < cands.size(); i++) {
                    if (in.contains(i) || banned.contains(i)) {
                        continue;
                    }
                    double gain = cover(mask[i] & ~have);
                    int fix = 0;
                    if (deficit > 0) {
                        b.members.add(i);
                        fix = deficit - deficit(b.members);
                        b.members.remove(b.members.size() - 1);
                    }
                    if (gain > 0 || fix > 0) {
                        pre.add(new double[] {i, gain, fix});
                    }
                }
                boolean mustFix = deficit > 0 && deficit >= remaining;
                if (mustFix) {
                    pre.removeIf(x -> x[2] <= 0);
                }
                pre.sort(Comparator.<double[]>comparingDouble(x -> -(x[1] + x[2]))
                        .thenComparing(x -> cands.get((int) x[0]).id()));
                List<double[]> scored = new ArrayList<>();
                for (double[] x : pre.subList(0, Math.min(SHORTLIST, pre.size()))) {
                    b.members.add((int) x[0]);
                    double coh = cohesion(b.members) - cohesionNow;
                    b.members.remove(b.members.size() - 1);
                    scored.add(new double[] {x[0], x[1] + cohesionWeight * coh, x[2], x[1], coh});
                }
                Comparator<double[]> order = mustFix || deficit > 0 && !scored.isEmpty()
                        && scored.stream().allMatch(x -> x[1] <= 1e-12)
                        ? Comparator.<double[]>comparingDouble(x -> -x[2]).thenComparingDouble(x -> -x[1])
                        : Comparator.<double[]>comparingDouble(x -> -x[1]).thenComparingDouble(x -> -x[2]);
                scored.sort(order.thenComparing(x -> cands.get((int) x[0]).id()));
                if (scored.isEmpty()) {
                    break;
                }
                double[] best = scored.get(0);
                if (best[1] <= 1e-12 && best[2] <= 0) {
                    break;
                }
                int chosen = (int) best[0];
                String why = (best[2] > 0 && (mustFix || best[3] <= 0) ? "needed by the rules (" + fixes(b.members,
                        chosen) + "); " : "") + "gain " + num(best[1]) + " (coverage +" + num(best[3])
                        + ", cohesion " + signed(best[4]) + ")";
                if (scored.size() > 1) {
                    double[] runner = scored.get(1);
                    why += " against " + num(runner[1]) + " of the runner-up " + cands.get((int) runner[0]).id();
                } else {
                    why += "; no other candidate adds anything";
                }
                b.members.add(chosen);
                b.reasons.put(chosen, why);
            }
            b.value = value(b.members);
            return b;
        }

        private String fixes(List<Integer> members, int chosen) {
            List<String> out = new ArrayList<>();
            MatchSubject c = cands.get(chosen);
            Set<String> countries = new HashSet<>();
            boolean target = false;
            for (int i : members) {
                countries.add(cands.get(i).country());
                target |= targets.contains(cands.get(i).country());
            }
            if (!countries.contains(c.country()) && countries.size() < needs.minCountries()) {
                out.add("adds country " + c.country());
            }
            if (sme[chosen]) {
                out.add("an SME of the partnership");
            }
            if (!target && targets.contains(c.country())) {
                out.add("a partner in target country " + c.country());
            }
            if (needs.crossSector() && !c.sectors().isEmpty()) {
                out.add("another sector");
            }
            return out.isEmpty() ? "brings the consortium closer to its rules" : String.join(", ", out);
        }

        void enumerate(List<Integer> members, int from, List<Built> best, int k) {
            if (!members.isEmpty() && deficit(members) == 0) {
                double v = value(members);
                if (best.size() < k || v > best.get(best.size() - 1).value + 1e-12) {
                    Built b = new Built();
                    b.members.addAll(members);
                    b.value = v;
                    best.add(b);
                    best.sort(Comparator.comparingDouble((Built x) -> -x.value));
                    if (best.size() > k) {
                        best.remove(best.size() - 1);
                    }
                }
            }
            if (members.size() >= needs.maxPartners()) {
                return;
            }
            for (int i = from; i < cands.size(); i++) {
                if (i == coordinator) {
                    continue;
                }
                members.add(i);
                enumerate(members, i + 1, best, k);
                members.remove(members.size() - 1);
            }
        }

        ConsortiumProposals answer(String method, List<Built> found, int k) {
            if (k < 1) {
                throw new IllegalArgumentException("consortium: k: " + k + " is not valid: expected at least 1");
            }
            found.sort(Comparator.comparingDouble((Built b) -> -b.value));
            double all = cover(-1L >>> (64 - Math.max(1, weight.length)));
            List<ConsortiumProposal> out = new ArrayList<>();
            for (Built b : found.subList(0, Math.min(k, found.size()))) {
                List<ConsortiumPartner> partners = new ArrayList<>();
                for (int i : b.members) {
                    MatchSubject s = cands.get(i);
                    List<TermId> covers = new ArrayList<>();
                    for (int c = 0; c < needed.size(); c++) {
                        if ((mask[i] & (1L << c)) != 0) {
                            covers.add(needed.get(c).term());
                        }
                    }
                    List<String> sectors = new ArrayList<>(new TreeSet<>(s.sectors().stream().map(Sector::code)
                            .toList()));
                    partners.add(new ConsortiumPartner(s.id(), s.country(), sme[i], sectors, covers,
                            b.reasons.getOrDefault(i, "")));
                }
                List<CompetenceCover> comps = new ArrayList<>();
                for (int c = 0; c < needed.size(); c++) {
                    List<String> by = new ArrayList<>();
                    for (int i : b.members) {
                        if ((mask[i] & (1L << c)) != 0) {
                            by.add(cands.get(i).id());
                        }
                    }
                    TermId t = needed.get(c).term();
                    comps.add(new CompetenceCover(t, resolver.label(t).orElse(t.toString()), weight[c], by));
                }
                double coverage = cover(covered(b.members));
                out.add(new ConsortiumProposal(out.size() + 1, b.value, coverage, coverage / all,
                        cohesion(b.members), partners, comps));
            }
            return new ConsortiumProposals(needs.title(), method, cands.size(),
                    rarest < 0 ? null : needed.get(rarest).term().toString(), out);
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.3f", v);
    }

    /** Builds a {@link ConsortiumSearch}; not thread-safe. */
    public static final class Builder {
        private double cohesionWeight = 0.5;
        private MatchPolicy policy = MatchPolicy.DEFAULT;
        private TermResolver resolver = TermResolver.of(Taxonomies.bundled());

        private Builder() {
        }

        /**
         * Sets the weight of cohesion against coverage (in units of competence weight). Default 0.5.
         *
         * @param value a finite number &gt;= 0
         * @return this builder
         */
        public Builder cohesionWeight(double value) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("consortium search: cohesionWeight: " + value
                        + " is not valid: expected a finite number >= 0");
            }
            cohesionWeight = value;
            return this;
        }

        /**
         * Sets the matching policy of the cohesion scores. Default {@link MatchPolicy#DEFAULT}.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder policy(MatchPolicy value) {
            policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /**
         * Sets the taxonomies' resolver, which decides coverage and which terms are known. Default: the bundled
         * taxonomies.
         *
         * @param value the resolver
         * @return this builder
         */
        public Builder resolver(TermResolver value) {
            resolver = Objects.requireNonNull(value, "resolver");
            return this;
        }

        /**
         * Builds the search.
         *
         * @return the search
         */
        public ConsortiumSearch build() {
            return new ConsortiumSearch(this);
        }
    }
}
