package eu.adpack.matching.rank;

import eu.adpack.core.taxonomy.Sector;
import eu.adpack.matching.Match;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Optional re-ranking of match lists: diversity across countries and sectors by maximal marginal relevance, and an
 * exposure cap so that one popular partner does not top everyone's list. Both keep the matches and their
 * explanations as they are and only change the order and the selection. Stateless and thread-safe.
 */
public final class Rerankers {
    private Rerankers() {
    }

    /**
     * Picks k matches by maximal marginal relevance (Carbonell and Goldstein, 1998): each step takes the match that
     * maximises λ · score − (1 − λ) · the largest similarity to a match already taken, where two partners are 0.5
     * similar for the same country and 0.5 for a shared sector. Scores are first divided by the best, so λ weighs
     * comparable quantities. Ties go to the earlier match.
     *
     * @param ranked matches of one query, best first (ask the matcher for more than k to leave room)
     * @param k how many to keep
     * @param lambda 1 keeps the ranking, 0 only diversifies; in [0, 1]
     * @return up to k matches in the new order
     */
    public static List<Match> diversify(List<Match> ranked, int k, double lambda) {
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("lambda: " + lambda + " is not valid: expected a number in [0, 1]");
        }
        if (k < 0) {
            throw new IllegalArgumentException("k: " + k + " is not valid: expected a number of matches >= 0");
        }
        double best = 0;
        for (Match m : ranked) {
            best = Math.max(best, m.score());
        }
        List<Match> left = new ArrayList<>(ranked);
        List<Match> out = new ArrayList<>();
        while (out.size() < k && !left.isEmpty()) {
            int pick = 0;
            double pickValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < left.size(); i++) {
                Match m = left.get(i);
                double similarity = 0;
                for (Match taken : out) {
                    similarity = Math.max(similarity, similarity(m, taken));
                }
                double relevance = best > 0 ? m.score() / best : 0;
                double value = lambda * relevance - (1 - lambda) * similarity;
                if (value > pickValue) {
                    pickValue = value;
                    pick = i;
                }
            }
            out.add(left.remove(pick));
        }
        return Collections.unmodifiableList(out);
    }

    static double similarity(Match a, Match b) {
        double s = a.country().equals(b.country()) ? 0.5 : 0;
        for (Sector sector : a.sectors()) {
            if (b.sectors().contains(sector)) {
                s += 0.5;
                break;
            }
        }
        return s;
    }

    /**
     * Caps how many lists a partner appears in. Lists are filled rank by rank: at rank 1 every query (in id order)
     * takes its best match whose partner is still under the cap, then rank 2, and so on; a query whose remaining
     * matches are all capped gets a shorter list. The result depends only on the input, not on iteration order.
     *
     * @param lists per query id, matches best first (ask the matcher for more than k to leave room)
     * @param k how many matches to keep per query
     * @param cap how many lists a partner may appear in, at least 1
     * @return per query id (sorted), up to k matches in their original order of preference
     */
    public static Map<String, List<Match>> capExposure(Map<String, List<Match>> lists, int k, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap: " + cap + " is not valid: expected a number of lists >= 1");
        }
        Map<String, List<Match>> in = new TreeMap<>(lists);
        Map<String, Integer> exposure = new HashMap<>();
        Map<String, Integer> cursor = new HashMap<>();
        Map<String, List<Match>> out = new TreeMap<>();
        in.keySet().forEach(q -> out.put(q, new ArrayList<>()));
        for (int rank = 0; rank < k; rank++) {
            for (Map.Entry<String, List<Match>> e : in.entrySet()) {
                List<Match> ms = e.getValue();
                int i = cursor.getOrDefault(e.getKey(), 0);
                while (i < ms.size() && exposure.getOrDefault(ms.get(i).id(), 0) >= cap) {
                    i++;
                }
                if (i < ms.size()) {
                    Match m = ms.get(i);
                    exposure.merge(m.id(), 1, Integer::sum);
                    out.get(e.getKey()).add(m);
                    i++;
                }
                cursor.put(e.getKey(), i);
            }
        }
        Map<String, List<Match>> frozen = new TreeMap<>();
        out.forEach((q, ms) -> frozen.put(q, List.copyOf(ms)));
        return Collections.unmodifiableMap(frozen);
    }
}
