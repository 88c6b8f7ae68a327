package eu.adpack.matching.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Ranking quality measures over labelled pairs: precision@k, recall@k, nDCG@k and the reciprocal rank of one
 * ranked list against the set of partners known to be right, and their means over many queries.
 *
 * <p>Relevance is binary: a proposed id is right or it is not. A query with no right partner has recall, nDCG and
 * reciprocal rank 0 (there was nothing to find), and is best left out of an evaluation. Stateless and thread-safe.
 */
public final class RankingMetrics {
    private RankingMetrics() {
    }

    /**
     * The share of the first k proposals that are right; fewer than k proposals count the missing ones as wrong.
     *
     * @param ranked proposed ids, best first
     * @param relevant the right ids
     * @param k the cut-off, at least 1
     * @return precision@k in [0, 1]
     */
    public static double precisionAt(List<String> ranked, Set<String> relevant, int k) {
        checkK(k);
        return hits(ranked, relevant, k) / (double) k;
    }

    /**
     * The share of the right ids found among the first k proposals.
     *
     * @param ranked proposed ids, best first
     * @param relevant the right ids
     * @param k the cut-off, at least 1
     * @return recall@k in [0, 1]; 0 when nothing is relevant
     */
    public static double recallAt(List<String> ranked, Set<String> relevant, int k) {
        checkK(k);
        return relevant.isEmpty() ? 0 : hits(ranked, relevant, k) / (double) relevant.size();
    }

    /**
     * Normalised discounted cumulative gain at k: the gain 1 / log2(rank + 1) of each right id among the first k,
     * divided by the gain of the ideal ranking, where every right id comes first.
     *
     * @param ranked proposed ids, best first
     * @param relevant the right ids
     * @param k the cut-off, at least 1
     * @return nDCG@k in [0, 1]; 0 when nothing is relevant
     */
    public static double ndcgAt(List<String> ranked, Set<String> relevant, int k) {
        checkK(k);
        if (relevant.isEmpty()) {
            return 0;
        }
        double dcg = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            String id = ranked.get(i);
            if (relevant.contains(id) && seen.add(id)) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return dcg / ideal;
    }

    /**
     * The reciprocal of the rank of the first right id, 0 if none is proposed.
     *
     * @param ranked proposed ids, best first
     * @param relevant the right ids
     * @return the reciprocal rank in [0, 1]
     */
    public static double reciprocalRank(List<String> ranked, Set<String> relevant) {
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /**
     * The means of the four measures over queries: each query id maps to its ranking and to its right ids. Queries
     * with no right id are left out.
     *
     * @param rankings per query id, the proposed ids best first
     * @param labels per query id, the right ids
     * @param k the cut-off, at least 1
     * @return the means
     */
    public static Summary evaluate(Map<String, List<String>> rankings, Map<String, Set<String>> labels, int k) {
        checkK(k);
        double p = 0;
        double r = 0;
        double n = 0;
        double mrr = 0;
        int queries = 0;
        for (Map.Entry<String, Set<String>> label : labels.entrySet()) {
            Set<String> relevant = label.getValue();
            if (relevant.isEmpty()) {
                continue;
            }
            List<String> ranked = rankings.getOrDefault(label.getKey(), List.of());
            p += precisionAt(ranked, relevant, k);
            r += recallAt(ranked, relevant, k);
            n += ndcgAt(ranked, relevant, k);
            mrr += reciprocalRank(ranked, relevant);
            queries++;
        }
        if (queries == 0) {
            return new Summary(k, 0, 0, 0, 0, 0);
        }
        return new Summary(k, queries, p / queries, r / queries, n / queries, mrr / queries);
    }

    /**
     * The mean measures of an evaluation. Immutable and thread-safe.
     *
     * @param k the cut-off
     * @param queries how many queries had at least one right id
     * @param precision mean precision@k
     * @param recall mean recall@k
     * @param ndcg mean nDCG@k
     * @param mrr mean reciprocal rank
     */
    public record Summary(int k, int queries, double precision, double recall, double ndcg, double mrr) {
    }

    private static int hits(List<String> ranked, Set<String> relevant, int k) {
        Objects.requireNonNull(relevant, "relevant");
        Set<String> seen = new HashSet<>();
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            String id = ranked.get(i);
            if (relevant.contains(id) && seen.add(id)) {
                hits++;
            }
        }
        return hits;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static void checkK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k: " + k + " is not valid: expected a cut-off >= 1");
        }
    }
}
