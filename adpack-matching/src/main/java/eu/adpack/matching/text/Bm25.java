package eu.adpack.matching.text;

/**
 * The BM25 weighting of a term in a text (Robertson and Zaragoza's Okapi BM25): a rarity factor, the idf, times a
 * term-frequency factor that saturates with {@code k1} and is normalised by the text's length with {@code b}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param k1 how quickly repeated occurrences saturate, usually 1.2
 * @param b how strongly long texts are discounted, from 0 (not at all) to 1 (fully), usually 0.75
 */
public record Bm25(double k1, double b) {
    /** The usual parameters, k1 = 1.2 and b = 0.75. */
    public static final Bm25 DEFAULT = new Bm25(1.2, 0.75);

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if k1 is negative or not finite, or b lies outside [0, 1]
     */
    public Bm25 {
        if (!(k1 >= 0) || Double.isInfinite(k1)) {
            throw new IllegalArgumentException("bm25.k1: " + k1 + " is not valid: expected a finite number >= 0");
        }
        if (!(b >= 0 && b <= 1)) {
            throw new IllegalArgumentException("bm25.b: " + b + " is not valid: expected a number in [0, 1]");
        }
    }

    /**
     * The idf of a term that {@code df} of {@code n} documents contain, in the form that is never negative:
     * ln(1 + (n - df + 0.5) / (df + 0.5)).
     *
     * @param df how many documents contain the term, at least 0
     * @param n how many documents there are, at least df
     * @return the idf, at least 0
     */
    public static double idf(long df, long n) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /**
     * The term-frequency factor of a term occurring {@code tf} times in a text of {@code length} terms, divided by
     * its limit {@code k1 + 1}, so that it lies in [0, 1).
     *
     * @param tf occurrences of the term in the text
     * @param length the text's length in terms
     * @param averageLength the average length of the texts of the collection, above 0
     * @return the saturation, in [0, 1)
     */
    public double saturation(int tf, int length, double averageLength) {
        if (tf <= 0) {
            return 0;
        }
        double norm = k1 * (1 - b + b * length / averageLength);
        return tf / (tf + norm);
    }
}
