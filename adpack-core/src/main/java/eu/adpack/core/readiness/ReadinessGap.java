package eu.adpack.core.readiness;

import eu.adpack.core.internal.Check;

/**
 * A dimension whose score is below the market's threshold, which blocks entry to that market. Immutable and
 * thread-safe.
 *
 * @param dimension the dimension's id
 * @param name the dimension's name
 * @param score the score
 * @param threshold the market's threshold
 * @param shortfall how much is missing: threshold minus score, above 0
 */
public record ReadinessGap(String dimension, String name, double score, double threshold, double shortfall) {
    /** Validates the parts. */
    public ReadinessGap {
        Check.id("readiness gap", "dimension", dimension);
        Check.required("readiness gap " + dimension, "name", name);
    }

    /**
     * Returns the gap of a dimension score.
     *
     * @param s the score, below its threshold
     * @return the gap
     */
    public static ReadinessGap of(DimensionScore s) {
        return new ReadinessGap(s.dimension(), s.name(), s.score(), s.threshold(), s.threshold() - s.score());
    }
}
