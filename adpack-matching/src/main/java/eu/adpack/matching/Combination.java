package eu.adpack.matching;

/**
 * How the two directed scores of a pair, forward s(A→B) and backward s(B→A), become one. Every rule is monotone in
 * both scores, which the exact top-k search relies on. Immutable and thread-safe.
 */
public enum Combination {
    /** 2fb / (f + b): punishes one-sided interest; the default. */
    HARMONIC,
    /** (f + b) / 2. */
    ARITHMETIC,
    /** √(fb). */
    GEOMETRIC,
    /** min(f, b): a match is as good as its weaker side. */
    MINIMUM,
    /** f alone: a one-sided search, as a registry's keyword search would do. */
    FORWARD;

    /**
     * Combines a forward and a backward score.
     *
     * @param forward s(A→B), at least 0
     * @param backward s(B→A), at least 0
     * @return the combined score, at least 0
     */
    public double combine(double forward, double backward) {
        switch (this) {
            case HARMONIC:
                return forward + backward <= 0 ? 0 : 2 * forward * backward / (forward + backward);
            case ARITHMETIC:
                return (forward + backward) / 2;
            case GEOMETRIC:
                return Math.sqrt(forward * backward);
            case MINIMUM:
                return Math.min(forward, backward);
            case FORWARD:
                return forward;
            default:
                throw new AssertionError(this);
        }
    }
}
