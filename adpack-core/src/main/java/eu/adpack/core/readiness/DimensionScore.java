package eu.adpack.core.readiness;

import eu.adpack.core.internal.Check;

/**
 * An organisation's score on one readiness dimension for one market: what its answers gave, what training
 * completed since added, and the market's threshold. Immutable and thread-safe.
 *
 * @param dimension the dimension's id
 * @param name the dimension's name
 * @param score the score in [0, 1]: the assessed score plus the training gain, at most 1
 * @param assessed the score the answers gave: the weighted mean of the answers as shares of their scales, 0 when
 *     no question of the dimension was answered
 * @param trainingGain what training completed after the assessment added
 * @param threshold the market's threshold; below it the dimension is a gap
 * @param answered how many of the dimension's questions were answered
 * @param questions how many questions the dimension has
 */
public record DimensionScore(String dimension, String name, double score, double assessed, double trainingGain,
        double threshold, int answered, int questions) {
    /** Validates the parts. */
    public DimensionScore {
        Check.id("dimension score", "dimension", dimension);
        Check.required("dimension score " + dimension, "name", name);
    }

    /**
     * Tells whether the dimension blocks the market.
     *
     * @return whether the score is below the threshold
     */
    public boolean isGap() {
        return score < threshold - ReadinessScoring.EPSILON;
    }
}
