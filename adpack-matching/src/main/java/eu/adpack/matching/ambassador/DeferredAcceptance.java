package eu.adpack.matching.ambassador;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Deferred acceptance with capacities, SME-proposing (Gale and Shapley's college admissions): each free SME proposes
 * to the best eligible ambassador it has not yet proposed to; an ambassador holds her best proposals up to her
 * capacity and rejects the rest. The result is stable (no SME and ambassador both prefer each other to what they
 * have) and the best stable allocation for every SME. Preferences are scores, higher first, ties broken by index.
 * Stateless.
 */
final class DeferredAcceptance {
    private DeferredAcceptance() {
    }

    /**
     * Returns, per SME, the index of its ambassador or −1.
     *
     * @param t eligibility and capacities
     * @param smeScore how much SME s wants ambassador a
     * @param ambassadorScore how much ambassador a wants SME s
     */
    static int[] solve(FitTable t, double[][] smeScore, double[][] ambassadorScore) {
        int n = t.smes();
        int m = t.ambassadors();
        int[][] prefs = new int[n][];
        for (int s = 0; s < n; s++) {
            List<Integer> list = new ArrayList<>();
            for (int a = 0; a < m; a++) {
                if (t.eligible(s, a)) {
                    list.add(a);
                }
            }
            final int row = s;
            list.sort(Comparator.<Integer>comparingDouble(a -> -smeScore[row][a]).thenComparing(a -> a));
            prefs[s] = list.stream().mapToInt(Integer::intValue).toArray();
        }
        List<PriorityQueue<Integer>> held = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            final int amb = a;
            // Worst held SME first, so it is the one displaced.
            held.add(new PriorityQueue<>(Comparator.<Integer>comparingDouble(s -> ambassadorScore[s][amb])
                    .thenComparing(s -> -s)));
        }
        int[] next = new int[n];
        int[] out = new int[n];
        Arrays.fill(out, -1);
        Deque<Integer> free = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            free.add(s);
        }
        while (!free.isEmpty()) {
            int s = free.poll();
            if (next[s] >= prefs[s].length) {
                continue;
            }
            int a = prefs[s][next[s]++];
            if (t.capacity()[a] == 0) {
                free.add(s);
                continue;
            }
            PriorityQueue<Integer> q = held.get(a);
            q.add(s);
            out[s] = a;
            if (q.size() > t.capacity()[a]) {
                int worst = q.poll();
                out[worst] = -1;
                free.add(worst);
            }
        }
        return out;
    }
}
