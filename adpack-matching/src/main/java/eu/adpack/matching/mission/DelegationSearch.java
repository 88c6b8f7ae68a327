package eu.adpack.matching.mission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact choice of a delegation: maximise the summed value of at most {@code seats} SMEs, at most {@code cap} per
 * cluster, with at least one SME of every required sector.
 *
 * <p>Without the sector rule the feasible delegations are the independent sets of a laminar matroid (a cardinality
 * bound over per-cluster bounds), so taking SMEs by falling value is optimal; the same holds after forcing some SMEs
 * in (a contraction of a matroid is a matroid). The sector rule is handled by branch and bound: branch on which SME
 * covers the uncovered sector with the fewest holders, bound by the greedy completion (an upper bound, since it is
 * optimal without the rule), and stop a branch as soon as its greedy completion covers every sector (then it is
 * optimal for the branch). Of SMEs of one cluster that cover the same uncovered sectors only the most valuable is
 * branched on: swapping it in never lowers the value nor breaks a rule. Items must come sorted by falling value.
 * Not thread-safe; one search per instance.
 */
final class DelegationSearch {
    /** One SME as the search sees it. */
    record Item(String id, String cluster, Set<String> sectors, double value) {
    }

    private final List<Item> items;
    private final int seats;
    private final int cap;
    private final Set<String> required;
    private double bestValue = Double.NEGATIVE_INFINITY;
    private List<Integer> best;

    DelegationSearch(List<Item> items, int seats, int cap, Set<String> required) {
        this.items = items;
        this.seats = seats;
        this.cap = cap <= 0 ? Integer.MAX_VALUE : cap;
        this.required = required;
    }

    /** Returns the indexes of the best delegation, or {@code null} when no delegation covers the sectors. */
    List<Integer> solve() {
        search(new ArrayList<>());
        return best;
    }

    /** Returns the greedy delegation without the sector rule. */
    List<Integer> greedy() {
        return fill(List.of());
    }

    private void search(List<Integer> forced) {
        List<Integer> fill = fill(forced);
        double value = value(fill);
        if (best != null && value <= bestValue + 1e-12) {
            return;
        }
        if (uncovered(fill).isEmpty()) {
            best = fill;
            bestValue = value;
            return;
        }
        if (forced.size() >= seats) {
            return;
        }
        Set<String> open = uncovered(forced);
        String sector = null;
        int fewest = Integer.MAX_VALUE;
        for (String s : open) {
            int n = 0;
            for (Item it : items) {
                if (it.sectors().contains(s)) {
                    n++;
                }
            }
            if (n < fewest || n == fewest && sector != null && s.compareTo(sector) < 0) {
                fewest = n;
                sector = s;
            }
        }
        Map<String, Integer> perCluster = clusterCounts(forced);
        Set<String> tried = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (forced.contains(i) || !it.sectors().contains(sector)
                    || perCluster.getOrDefault(it.cluster(), 0) >= cap) {
                continue;
            }
            Set<String> covers = new HashSet<>(it.sectors());
            covers.retainAll(open);
            if (!tried.add(it.cluster() + "\u0000" + new java.util.TreeSet<>(covers))) {
                continue;
            }
            List<Integer> next = new ArrayList<>(forced);
            next.add(i);
            search(next);
        }
    }

    private List<Integer> fill(List<Integer> forced) {
        List<Integer> out = new ArrayList<>(forced);
        Map<String, Integer> perCluster = clusterCounts(forced);
        for (int i = 0; i < items.size() && out.size() < seats; i++) {
            if (forced.contains(i)) {
                continue;
            }
            String c = items.get(i).cluster();
            if (perCluster.getOrDefault(c, 0) < cap) {
                perCluster.merge(c, 1, Integer::sum);
                out.add(i);
            }
        }
        out.sort(null);
        return out;
    }

    private Map<String, Integer> clusterCounts(List<Integer> chosen) {
        Map<String, Integer> m = new HashMap<>();
        for (int i : chosen) {
            m.merge(items.get(i).cluster(), 1, Integer::sum);
        }
        return m;
    }

    private Set<String> uncovered(List<Integer> chosen) {
        Set<String> open = new HashSet<>(required);
        for (int i : chosen) {
            open.removeAll(items.get(i).sectors());
        }
        return open;
    }

    private double value(List<Integer> chosen) {
        double v = 0;
        for (int i : chosen) {
            v += items.get(i).value();
        }
        return v;
    }
}
