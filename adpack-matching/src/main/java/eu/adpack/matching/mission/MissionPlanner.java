package eu.adpack.matching.mission;

import eu.adpack.core.AdpackException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.taxonomy.Sector;
import eu.adpack.core.taxonomy.Taxonomies;
import eu.adpack.matching.Match;
import eu.adpack.matching.MatchPolicy;
import eu.adpack.matching.MatchSubject;
import eu.adpack.matching.Matcher;
import eu.adpack.matching.Matchers;
import eu.adpack.matching.Pairing;
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
import java.util.stream.Collectors;

/**
 * Chooses the delegation of a mission to a target country: which SMEs of the partnership to take, each with its
 * shortlist of counterparts to meet there.
 *
 * <p>Each member SME is judged on three numbers. Its <em>readiness</em> for the country, in [0, 1], comes from a
 * {@link ReadinessInput} (by default what the partnership records, {@link ReadinessInput#recordedIn}). Its
 * <em>market fit</em> comes from the matcher ({@link Matchers#indexed}) run over the country's registry profiles
 * with the SME–registry pairing: the SME's <em>good matches</em> are the profiles whose two-sided score reaches
 * {@link Builder#minScore} (counted among its best {@link Builder#countLimit}), its shortlist the best {@link Builder#shortlistSize} of them, and its fit the sum of the
 * shortlist's scores, so both how many good matches it has and how good they are count. Its <em>value</em> is
 * {@code fit × (0.25 + 0.75 × readiness)}: readiness scales the fit without silencing an SME that is not yet
 * assessed. The delegation maximises the summed value under the seats, an optional cap per cluster and an optional
 * set of sectors of which at least one SME must go; the choice is exact (see the package-private search's proof
 * sketch: a laminar matroid, with branch and bound for the sector rule) and deterministic (ties by id). Every SME
 * gets a sentence saying why it is in or out, with the numbers.
 *
 * <p>Build one with {@link #builder(Country, int)}. Immutable and thread-safe; {@link #plan} may run concurrently.
 */
public final class MissionPlanner {
    private final Country country;
    private final int seats;
    private final int maxPerCluster;
    private final Set<Sector> requiredSectors;
    private final int shortlistSize;
    private final double minScore;
    private final double minReadiness;
    private final int countLimit;
    private final MatchPolicy policy;
    private final TermResolver resolver;
    private final ReadinessInput readiness;

    private MissionPlanner(Builder b) {
        this.country = b.country;
        this.seats = b.seats;
        this.maxPerCluster = b.maxPerCluster;
        this.requiredSectors = Set.copyOf(b.requiredSectors);
        this.shortlistSize = b.shortlistSize;
        this.minScore = b.minScore;
        this.minReadiness = b.minReadiness;
        this.countLimit = b.countLimit;
        this.policy = b.policy.toBuilder().pairings(Set.of(Pairing.SME_REGISTRY)).countries(Set.of(b.country.code()))
                .build();
        this.resolver = b.resolver;
        this.readiness = b.readiness;
    }

    /**
     * Starts a planner for a mission.
     *
     * @param country the target country
     * @param seats how many SMEs the mission can take, at least 1
     * @return a builder with the defaults documented on each setter
     */
    public static Builder builder(Country country, int seats) {
        return new Builder(country, seats);
    }

    /**
     * Returns a builder holding this planner's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(country, seats).maxPerCluster(maxPerCluster).requiredSectors(requiredSectors)
                .shortlistSize(shortlistSize).minScore(minScore).minReadiness(minReadiness).countLimit(countLimit)
                .policy(policy)
                .resolver(resolver);
        b.readiness = readiness;
        return b;
    }

    /**
     * Chooses the delegation.
     *
     * @param partnership the partnership whose member SMEs may go; the country must be one of its targets
     * @param profiles registry profiles; those of the target country are the market (others are ignored)
     * @return the plan, with every member SME in or out with its reason
     * @throws AdpackException naming the field, if the country is not a target of the partnership, a required
     *     sector is not one of its sectors, the readiness input returns a number outside [0, 1], or no delegation
     *     within the seats and the cluster cap covers the required sectors
     */
    public MissionPlan plan(Partnership partnership, Collection<MatchSubject> profiles) {
        Objects.requireNonNull(partnership, "partnership");
        String where = "mission to " + country.code();
        if (!partnership.targetCountries().contains(country)) {
            throw new AdpackException(where + ": country: '" + country.code() + "' is not a target country of"
                    + " partnership " + partnership.id() + " (expected one of " + codes(partnership) + ")");
        }
        for (Sector s : requiredSectors) {
            if (!partnership.sectors().contains(s)) {
                throw new AdpackException(where + ": requiredSectors: '" + s.code() + "' is not a sector of"
                        + " partnership " + partnership.id() + " (expected one of " + partnership.sectors().stream()
                        .map(Sector::code).collect(Collectors.joining(", ")) + ")");
            }
        }
        ReadinessInput input = readiness != null ? readiness : ReadinessInput.recordedIn(partnership);
        Map<String, String> clusterOf = new HashMap<>();
        for (Cluster c : partnership.clusters()) {
            for (String m : c.members()) {
                clusterOf.putIfAbsent(m, c.id());
            }
        }
        List<Organisation> smes = partnership.members().stream().filter(Organisation::isSme).toList();
        List<MatchSubject> market = profiles.stream()
                .filter(s -> s.kind().isProfile() && s.country().equals(country.code())).toList();
        Matcher matcher = Matchers.indexed(policy, resolver);
        List<MatchSubject> all = new ArrayList<>(market);
        for (Organisation o : smes) {
            all.add(MatchSubject.of(o, clusterOf.get(o.id())));
        }
        matcher.addAll(all);
        int k = Math.min(Math.max(shortlistSize, countLimit), market.size());

        List<Scored> scored = new ArrayList<>();
        for (Organisation o : smes) {
            double r = input.readiness(o.id(), country);
            if (!(r >= 0 && r <= 1)) {
                throw new AdpackException("organisation " + o.id() + ": readiness for " + country.code() + ": " + r
                        + " is not valid (expected a number in [0, 1])");
            }
            List<Match> matches = k == 0 ? List.of() : matcher.query(o.id(), k);
            List<Counterpart> shortlist = new ArrayList<>();
            int good = 0;
            double fit = 0;
            for (Match m : matches) {
                if (m.score() >= minScore) {
                    good++;
                    if (shortlist.size() < shortlistSize) {
                        shortlist.add(new Counterpart(m.id(), m.score(), m.forward(), m.backward(),
                                m.explanation().text()));
                        fit += m.score();
                    }
                }
            }
            double best = matches.isEmpty() ? 0 : matches.get(0).score();
            double value = fit * (0.25 + 0.75 * r);
            List<String> sectors = o.sectors().stream().map(Sector::code).toList();
            scored.add(new Scored(o.id(), clusterOf.getOrDefault(o.id(), ""), sectors, r, good, best, fit, value,
                    shortlist));
        }
        scored.sort(Comparator.comparingDouble(Scored::value).reversed().thenComparing(Scored::id));
        List<Scored> eligible = scored.stream().filter(s -> s.good() > 0 && s.readiness() >= minReadiness).toList();
        Set<String> required = requiredSectors.stream().map(Sector::code).collect(Collectors.toCollection(TreeSet::new));
        List<DelegationSearch.Item> items = eligible.stream()
                .map(s -> new DelegationSearch.Item(s.id(), s.cluster(), Set.copyOf(s.sectors()), s.value())).toList();
        DelegationSearch search = new DelegationSearch(items, seats, maxPerCluster, required);
        List<Integer> chosen = search.solve();
        if (chosen == null) {
            throw new AdpackException(where + ": requiredSectors: no delegation of at most " + seats + " SMEs"
                    + (maxPerCluster > 0 ? ", at most " + maxPerCluster + " per cluster," : "") + " covers "
                    + String.join(", ", required) + " (eligible SMEs per sector: " + holders(eligible, required)
                    + ")");
        }
        Set<String> in = new LinkedHashSet<>();
        chosen.forEach(i -> in.add(eligible.get(i).id()));
        Set<String> greedy = new HashSet<>();
        search.greedy().forEach(i -> greedy.add(eligible.get(i).id()));
        return explain(scored, eligible, in, greedy, required);
    }

    private MissionPlan explain(List<Scored> scored, List<Scored> eligible, Set<String> in, Set<String> greedy,
            Set<String> required) {
        List<Scored> taken = scored.stream().filter(s -> in.contains(s.id())).toList();
        Scored lowest = taken.isEmpty() ? null : taken.get(taken.size() - 1);
        Map<String, List<Scored>> takenByCluster = new HashMap<>();
        taken.forEach(s -> takenByCluster.computeIfAbsent(s.cluster(), c -> new ArrayList<>()).add(s));
        List<MissionCandidate> selected = new ArrayList<>();
        List<MissionCandidate> left = new ArrayList<>();
        double total = 0;
        String cc = country.code();
        for (Scored s : scored) {
            String numbers = "value " + num(s.value()) + " = fit " + num(s.fit()) + " × (0.25 + 0.75 × readiness "
                    + num(s.readiness()) + "); " + s.good() + " good match" + (s.good() == 1 ? "" : "es") + " in "
                    + cc + ", best " + num(s.bestScore());
            String reason;
            if (in.contains(s.id())) {
                total += s.value();
                reason = "in: " + numbers + "; rank " + (eligible.indexOf(s) + 1) + " of " + eligible.size()
                        + " eligible";
                if (!greedy.contains(s.id())) {
                    Set<String> covers = new TreeSet<>(s.sectors());
                    covers.retainAll(required);
                    reason += "; taken to cover required sector " + String.join(", ", covers);
                }
                selected.add(candidate(s, true, reason));
                continue;
            }
            if (s.good() == 0) {
                reason = "out: no profile in " + cc + " matches it at " + num(minScore) + " or more";
            } else if (s.readiness() < minReadiness) {
                reason = "out: readiness " + num(s.readiness()) + " is below the minimum " + num(minReadiness);
            } else if (maxPerCluster > 0 && takenByCluster.getOrDefault(s.cluster(), List.of()).size()
                    >= maxPerCluster) {
                reason = "out: " + numbers + "; cluster " + s.cluster() + " already sends the maximum of "
                        + maxPerCluster + ": " + takenByCluster.get(s.cluster()).stream()
                        .map(t -> t.id() + " (" + num(t.value()) + ")").collect(Collectors.joining(", "));
            } else if (greedy.contains(s.id()) && lowest != null) {
                reason = "out: " + numbers + "; its seat goes to " + lowest.id() + " (" + num(lowest.value())
                        + ") so that every required sector (" + String.join(", ", required) + ") is covered";
            } else if (lowest != null) {
                reason = "out: " + numbers + "; below " + num(lowest.value()) + " of " + lowest.id()
                        + ", the lowest value in the delegation, and all " + seats + " seats are taken";
            } else {
                reason = "out: " + numbers + "; no seat";
            }
            left.add(candidate(s, false, reason));
        }
        List<String> req = new ArrayList<>(required);
        return new MissionPlan(cc, seats, maxPerCluster, req, total, selected, left);
    }

    private static MissionCandidate candidate(Scored s, boolean in, String reason) {
        return new MissionCandidate(s.id(), s.cluster(), s.sectors(), s.readiness(), s.good(), s.bestScore(),
                s.fit(), s.value(), in, reason, s.shortlist());
    }

    private static String holders(List<Scored> eligible, Set<String> required) {
        List<String> parts = new ArrayList<>();
        for (String r : required) {
            parts.add(r + " " + eligible.stream().filter(s -> s.sectors().contains(r)).count());
        }
        return String.join(", ", parts);
    }

    private static String codes(Partnership p) {
        return p.targetCountries().stream().map(Country::code).collect(Collectors.joining(", "));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private record Scored(String id, String cluster, List<String> sectors, double readiness, int good,
            double bestScore, double fit, double value, List<Counterpart> shortlist) {
    }

    /** Builds a {@link MissionPlanner}; not thread-safe. */
    public static final class Builder {
        private final Country country;
        private final int seats;
        private int maxPerCluster;
        private final Set<Sector> requiredSectors = new LinkedHashSet<>();
        private int shortlistSize = 5;
        private double minScore = 0.05;
        private double minReadiness;
        private int countLimit = 50;
        private MatchPolicy policy = MatchPolicy.DEFAULT;
        private TermResolver resolver = TermResolver.of(Taxonomies.bundled());
        private ReadinessInput readiness;

        private Builder(Country country, int seats) {
            this.country = Objects.requireNonNull(country, "country");
            if (seats < 1) {
                throw new IllegalArgumentException("mission planner: seats: " + seats + " is not valid: expected at"
                        + " least 1");
            }
            this.seats = seats;
        }

        /**
         * Caps how many SMEs one cluster may send. Default 0: no cap.
         *
         * @param value the cap, at least 0 (0 for none)
         * @return this builder
         */
        public Builder maxPerCluster(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("mission planner: maxPerCluster: " + value
                        + " is not valid: expected 0 (no cap) or more");
            }
            maxPerCluster = value;
            return this;
        }

        /**
         * Sets the sectors of which at least one SME must go. Default: none.
         *
         * @param values the sectors (of the partnership)
         * @return this builder
         */
        public Builder requiredSectors(Collection<Sector> values) {
            requiredSectors.clear();
            requiredSectors.addAll(values);
            return this;
        }

        /**
         * Sets how many counterparts each SME's shortlist holds; the fit sums their scores. Default 5.
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder shortlistSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("mission planner: shortlistSize: " + value
                        + " is not valid: expected at least 1");
            }
            shortlistSize = value;
            return this;
        }

        /**
         * Sets the two-sided score from which a match counts as good. Default 0.05.
         *
         * @param value at least 0
         * @return this builder
         */
        public Builder minScore(double value) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("mission planner: minScore: " + value
                        + " is not valid: expected a finite number >= 0");
            }
            minScore = value;
            return this;
        }

        /**
         * Sets the readiness below which an SME is not taken. Default 0: readiness only weighs.
         *
         * @param value in [0, 1]
         * @return this builder
         */
        public Builder minReadiness(double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("mission planner: minReadiness: " + value
                        + " is not valid: expected a number in [0, 1]");
            }
            minReadiness = value;
            return this;
        }

        /**
         * Sets up to how many of an SME's best matches are looked at when its good matches are counted (each is
         * explained, which is what costs); an SME with more good matches than this is reported with this many.
         * Default 50.
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder countLimit(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("mission planner: countLimit: " + value
                        + " is not valid: expected at least 1");
            }
            countLimit = value;
            return this;
        }

        /**
         * Sets the matching policy; its pairings and countries are replaced by the SME–registry pairing and the
         * target country. Default {@link MatchPolicy#DEFAULT} (set {@code asOf} for reproducible freshness).
         *
         * @param value the policy
         * @return this builder
         */
        public Builder policy(MatchPolicy value) {
            policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /**
         * Sets the taxonomies' resolver. Default: the bundled taxonomies.
         *
         * @param value the resolver
         * @return this builder
         */
        public Builder resolver(TermResolver value) {
            resolver = Objects.requireNonNull(value, "resolver");
            return this;
        }

        /**
         * Sets where readiness comes from. Default: what the partnership records
         * ({@link ReadinessInput#recordedIn}).
         *
         * @param value the input
         * @return this builder
         */
        public Builder readiness(ReadinessInput value) {
            readiness = Objects.requireNonNull(value, "readiness");
            return this;
        }

        /**
         * Builds the planner.
         *
         * @return the planner
         */
        public MissionPlanner build() {
            return new MissionPlanner(this);
        }
    }
}
