package eu.adpack.matching;

/**
 * The k best documents seen so far, best first: higher score first, and on equal scores the smaller id, so that the
 * order is the same whoever computes it. Not thread-safe.
 */
final class TopK {
    final int k;
    final double[] scores;
    final Doc[] docs;
    int size;

    TopK(int k) {
        this.k = k;
        this.scores = new double[k];
        this.docs = new Doc[k];
    }

    void clear() {
        java.util.Arrays.fill(docs, 0, size, null);
        size = 0;
    }

    boolean full() {
        return size == k;
    }

    /** The score a newcomer must at least reach to have a chance; only meaningful when full. */
    double floor() {
        return scores[size - 1];
    }

    private static boolean better(double s, Doc d, double t, Doc e) {
        return s > t || (s == t && d.id.compareTo(e.id) < 0);
    }

    void offer(double score, Doc d) {
        if (k == 0 || (size == k && !better(score, d, scores[size - 1], docs[size - 1]))) {
            return;
        }
        int i = size == k ? k - 1 : size++;
        while (i > 0 && better(score, d, scores[i - 1], docs[i - 1])) {
            scores[i] = scores[i - 1];
            docs[i] = docs[i - 1];
            i--;
        }
        scores[i] = score;
        docs[i] = d;
    }
}
