package eu.adpack.core.readiness;

import eu.adpack.core.geo.Country;
import eu.adpack.core.programme.ParticipationStatus;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.TrainingParticipation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Recommends the training that closes an organisation's readiness gaps for a market: the shortest plan (fewest
 * hours) of modules from the partnership's catalogue that, with their prerequisites, raise every gap dimension the
 * catalogue can raise to the market's threshold. Stateless and thread-safe.
 *
 * <p>A module counts towards a market when it covers it ({@link TrainingModule#covers}); its gains on the
 * dimensions it improves add up. Modules already completed are not planned again and satisfy prerequisites; a
 * module whose prerequisite is not in the catalogue, or whose prerequisites form a cycle, is left out and reported.
 * A gap the whole catalogue cannot close is reported as unclosable and the plan closes the others.
 *
 * <p>How the plan is chosen. This is a covering problem with costs (set multi-cover with prerequisite closure).
 * When at most {@value #EXACT_LIMIT} modules can raise a gap dimension (the size of a cluster's catalogue for one
 * market), every subset of them is tried with its prerequisite closure and the cheapest covering one is taken:
 * the plan is then the shortest there is, ties broken by fewer modules, then by module ids ({@code method}
 * {@code exact}; at most 2^{@value #EXACT_LIMIT} closures: 0.4 to 2 s at the limit, measured with 20 useful
 * modules on a 2-core machine at load average 17, the first call slowest). Above that limit a greedy takes, again
 * and again, the module whose not-yet-planned closure costs the fewest hours per unit of remaining shortfall it
 * covers, then drops modules the others make redundant ({@code method} {@code greedy}). Without prerequisites this
 * is the classical greedy for covering integer programs, within a factor H(m) = 1 + 1/2 + … + 1/m of the shortest
 * plan when gains are counted in hundredths and m is the largest total gain of one module in hundredths (Dobson,
 * 1982); with prerequisites no such bound is claimed.
 *
 * <p>The plan lists modules in an order that respects prerequisites, earlier start first among those whose
 * prerequisites are planned, then by id.
 */
public final class TrainingPlanner {
    /** The largest number of useful modules for which the plan is found by exhaustive search. */
    public static final int EXACT_LIMIT = 20;

    private TrainingPlanner() {}

    /**
     * Plans the training that closes the gaps of a readiness result.
     *
     * @param result the organisation's readiness for a market
     * @param catalogue the partnership's training modules
     * @param participations participations in them (of any organisation); the organisation's completed ones are
     *     not planned again
     * @return the plan
     */
    public static TrainingPlan plan(ReadinessResult result, Collection<TrainingModule> catalogue,
            Collection<TrainingParticipation> participations) {
        Set<String> completed = participations.stream()
                .filter(p -> p.status() == ParticipationStatus.COMPLETED
                        && p.organisationId().equals(result.organisationId()))
                .map(TrainingParticipation::moduleId).collect(Collectors.toSet());
        return plan(result.market(), result.gaps(), catalogue, completed);
    }

    /**
     * Plans the training that closes gaps for a market.
     *
     * @param market the market
     * @param gaps the gaps to close
     * @param catalogue the training modules
     * @param completed ids of the modules the organisation has completed
     * @return the plan
     */
    public static TrainingPlan plan(Country market, List<ReadinessGap> gaps, Collection<TrainingModule> catalogue,
            Set<String> completed) {
        Objects.requireNonNull(market, "market");
        Map<String, TrainingModule> byId = new LinkedHashMap<>();
        catalogue.forEach(m -> byId.putIfAbsent(m.id(), m));
        Map<String, Double> need = new LinkedHashMap<>();
        Map<String, ReadinessGap> gapOf = new HashMap<>();
        for (ReadinessGap g : gaps) {
            need.put(g.dimension(), g.shortfall());
            gapOf.put(g.dimension(), g);
        }
        List<String> unavailable = new ArrayList<>();
        Map<String, Set<String>> closure = new TreeMap<>();
        for (TrainingModule m : byId.values()) {
            if (completed.contains(m.id())) {
                continue;
            }
            Set<String> c = new LinkedHashSet<>();
            String problem = closure(m, byId, completed, c, new LinkedHashSet<>());
            if (problem != null) {
                unavailable.add(m.id() + ": " + problem);
            } else {
                closure.put(m.id(), c);
            }
        }
        Map<String, Map<String, Double>> gain = new HashMap<>();
        for (String id : closure.keySet()) {
            TrainingModule m = byId.get(id);
            Map<String, Double> g = new TreeMap<>();
            if (m.covers(market)) {
                m.improves().forEach((d, v) -> {
                    if (need.containsKey(d)) {
                        g.put(d, v);
                    }
                });
            }
            gain.put(id, g);
        }
        List<String> closes = new ArrayList<>();
        List<ReadinessGap> unclosable = new ArrayList<>();
        for (Map.Entry<String, Double> e : need.entrySet()) {
            double all = gain.values().stream().mapToDouble(g -> g.getOrDefault(e.getKey(), 0.0)).sum();
            if (all >= e.getValue() - ReadinessScoring.EPSILON) {
                closes.add(e.getKey());
            } else {
                unclosable.add(gapOf.get(e.getKey()));
            }
        }
        List<String> useful = new ArrayList<>();
        for (String id : closure.keySet()) {
            if (closes.stream().anyMatch(d -> gain.get(id).getOrDefault(d, 0.0) > 0)) {
                useful.add(id);
            }
        }
        Set<String> involved = new TreeSet<>();
        useful.forEach(u -> involved.addAll(closure.get(u)));
        Set<String> chosen;
        String method;
        if (closes.isEmpty()) {
            chosen = Set.of();
            method = "exact";
        } else if (useful.size() <= EXACT_LIMIT && involved.size() <= 63) {
            chosen = exact(useful, involved, closure, gain, closes, need, byId);
            method = "exact";
        } else {
            chosen = greedy(useful, closure, gain, closes, need, byId);
            method = "greedy";
        }
        List<String> order = order(chosen, byId);
        List<PlannedModule> planned = new ArrayList<>();
        int total = 0;
        for (String id : order) {
            TrainingModule m = byId.get(id);
            SortedMap<String, Double> g = new TreeMap<>();
            gain.get(id).forEach((d, v) -> {
                if (closes.contains(d) && v > 0) {
                    g.put(d, v);
                }
            });
            List<String> requiredBy = order.stream()
                    .filter(o -> !o.equals(id) && byId.get(o).prerequisites().contains(id)).toList();
            planned.add(new PlannedModule(id, m.title(), m.planHours(), g, requiredBy,
                    reason(g, requiredBy, gapOf, market)));
            total += m.planHours();
        }
        return new TrainingPlan(market, method, planned, total, closes, unclosable, unavailable);
    }

    private static String closure(TrainingModule m, Map<String, TrainingModule> byId, Set<String> completed,
            Set<String> out, Set<String> path) {
        if (!path.add(m.id())) {
            return "its prerequisites form a cycle (" + String.join(" -> ", path) + " -> " + m.id() + ")";
        }
        for (String pre : m.prerequisites()) {
            if (completed.contains(pre) || out.contains(pre)) {
                continue;
            }
            TrainingModule p = byId.get(pre);
            if (p == null) {
                return "its prerequisite " + pre + " is not in the catalogue";
            }
            String problem = closure(p, byId, completed, out, path);
            if (problem != null) {
                return problem;
            }
        }
        path.remove(m.id());
        out.add(m.id());
        return null;
    }

    private static Set<String> exact(List<String> useful, Set<String> involved, Map<String, Set<String>> closure,
            Map<String, Map<String, Double>> gain, List<String> closes, Map<String, Double> need,
            Map<String, TrainingModule> byId) {
        List<String> index = new ArrayList<>(involved);
        int n = index.size();
        int[] hours = new int[n];
        double[][] g = new double[n][closes.size()];
        for (int i = 0; i < n; i++) {
            hours[i] = byId.get(index.get(i)).planHours();
            for (int d = 0; d < closes.size(); d++) {
                g[i][d] = gain.get(index.get(i)).getOrDefault(closes.get(d), 0.0);
            }
        }
        double[] required = closes.stream().mapToDouble(need::get).toArray();
        long[] closureMask = new long[useful.size()];
        for (int u = 0; u < useful.size(); u++) {
            for (String c : closure.get(useful.get(u))) {
                closureMask[u] |= 1L << index.indexOf(c);
            }
        }
        long best = -1;
        long bestHours = Long.MAX_VALUE;
        double[] sum = new double[closes.size()];
        for (long subset = 1; subset < (1L << useful.size()); subset++) {
            long plan = 0;
            for (long bits = subset; bits != 0; bits &= bits - 1) {
                plan |= closureMask[Long.numberOfTrailingZeros(bits)];
            }
            long cost = 0;
            for (long bits = plan; bits != 0; bits &= bits - 1) {
                cost += hours[Long.numberOfTrailingZeros(bits)];
            }
            if (cost > bestHours || cost == bestHours && !better(plan, best, index)) {
                continue;
            }
            Arrays.fill(sum, 0);
            for (long bits = plan; bits != 0; bits &= bits - 1) {
                double[] gi = g[Long.numberOfTrailingZeros(bits)];
                for (int d = 0; d < sum.length; d++) {
                    sum[d] += gi[d];
                }
            }
            boolean covers = true;
            for (int d = 0; d < sum.length && covers; d++) {
                covers = sum[d] >= required[d] - ReadinessScoring.EPSILON;
            }
            if (covers) {
                best = plan;
                bestHours = cost;
            }
        }
        Set<String> chosen = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            if ((best & (1L << i)) != 0) {
                chosen.add(index.get(i));
            }
        }
        return chosen;
    }

    /** Ties on hours: fewer modules first, then the smaller sorted list of ids. */
    private static boolean better(long plan, long best, List<String> index) {
        if (best < 0) {
            return true;
        }
        int a = Long.bitCount(plan);
        int b = Long.bitCount(best);
        if (a != b) {
            return a < b;
        }
        for (int i = 0; i < index.size(); i++) {
            boolean inA = (plan & (1L << i)) != 0;
            boolean inB = (best & (1L << i)) != 0;
            if (inA != inB) {
                return inA;
            }
        }
        return false;
    }

    private static Set<String> greedy(List<String> useful, Map<String, Set<String>> closure,
            Map<String, Map<String, Double>> gain, List<String> closes, Map<String, Double> need,
            Map<String, TrainingModule> byId) {
        Map<String, Double> remaining = new HashMap<>();
        closes.forEach(d -> remaining.put(d, need.get(d)));
        List<String> added = new ArrayList<>();
        Set<String> chosen = new LinkedHashSet<>();
        while (remaining.values().stream().anyMatch(v -> v > ReadinessScoring.EPSILON)) {
            String pick = null;
            double bestRatio = Double.MAX_VALUE;
            for (String u : useful) {
                if (chosen.contains(u)) {
                    continue;
                }
                Set<String> extra = new LinkedHashSet<>(closure.get(u));
                extra.removeAll(chosen);
                double cost = extra.stream().mapToInt(id -> byId.get(id).planHours()).sum();
                double cover = 0;
                for (String d : closes) {
                    double g = extra.stream().mapToDouble(id -> gain.get(id).getOrDefault(d, 0.0)).sum();
                    cover += Math.min(remaining.get(d), g);
                }
                if (cover > ReadinessScoring.EPSILON && cost / cover < bestRatio) {
                    bestRatio = cost / cover;
                    pick = u;
                }
            }
            if (pick == null) {
                break;
            }
            for (String id : closure.get(pick)) {
                if (chosen.add(id)) {
                    added.add(id);
                    gain.get(id).forEach((d, v) -> remaining.computeIfPresent(d, (k, r) -> Math.max(0, r - v)));
                }
            }
        }
        for (int i = added.size() - 1; i >= 0; i--) {
            String id = added.get(i);
            boolean needed = chosen.stream().anyMatch(o -> !o.equals(id) && byId.get(o).prerequisites().contains(id));
            if (needed) {
                continue;
            }
            chosen.remove(id);
            if (!covers(chosen, gain, closes, need)) {
                chosen.add(id);
            }
        }
        return new TreeSet<>(chosen);
    }

    private static boolean covers(Set<String> plan, Map<String, Map<String, Double>> gain, List<String> closes,
            Map<String, Double> need) {
        for (String d : closes) {
            double g = plan.stream().mapToDouble(id -> gain.get(id).getOrDefault(d, 0.0)).sum();
            if (g < need.get(d) - ReadinessScoring.EPSILON) {
                return false;
            }
        }
        return true;
    }

    private static List<String> order(Set<String> chosen, Map<String, TrainingModule> byId) {
        List<String> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Comparator<String> byStart = Comparator.comparing((String id) -> byId.get(id).start())
                .thenComparing(Comparator.naturalOrder());
        while (order.size() < chosen.size()) {
            String next = chosen.stream().filter(id -> !done.contains(id))
                    .filter(id -> byId.get(id).prerequisites().stream()
                            .allMatch(p -> done.contains(p) || !chosen.contains(p)))
                    .min(byStart).orElseThrow();
            order.add(next);
            done.add(next);
        }
        return order;
    }

    private static String reason(Map<String, Double> gains, List<String> requiredBy, Map<String, ReadinessGap> gaps,
            Country market) {
        List<String> parts = new ArrayList<>();
        gains.forEach((d, v) -> {
            ReadinessGap g = gaps.get(d);
            parts.add(String.format(Locale.ROOT, "raises %s by %.2f (now %.2f, %s threshold %.2f)", g.name(), v,
                    g.score(), market.code(), g.threshold()));
        });
        String text = String.join("; ", parts);
        if (!requiredBy.isEmpty()) {
            text += (text.isEmpty() ? "" : "; ") + "prerequisite of " + String.join(", ", requiredBy);
        }
        return text;
    }
}
