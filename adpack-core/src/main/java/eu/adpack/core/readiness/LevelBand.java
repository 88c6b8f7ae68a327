package eu.adpack.core.readiness;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.internal.Check;
import eu.adpack.core.organisation.ReadinessLevel;

/**
 * The overall score from which an organisation is at a readiness level. Immutable and thread-safe.
 *
 * @param level the level
 * @param minScore the lowest overall score, in [0, 1], at that level
 */
public record LevelBand(ReadinessLevel level, double minScore) {
    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException if the level is missing or the score out of range
     */
    public LevelBand {
        Check.required("level band", "level", level);
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new InvalidRecordException("level band " + level, "minScore", minScore, "is out of range",
                    "a score in [0, 1]");
        }
    }
}
