package eu.adpack.core.readiness;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.internal.Check;
import java.util.List;

/**
 * The answers a question allows: whole numbers from {@code min} to {@code max}, optionally with a label for each
 * (the default questionnaire uses 1–5, from "not at all" to "fully"). Immutable and thread-safe.
 *
 * @param min the lowest answer
 * @param max the highest answer, above the lowest
 * @param labels one label per answer from the lowest up, or empty
 */
public record AnswerScale(int min, int max, List<String> labels) {
    /** The 1–5 scale without labels. */
    public static final AnswerScale ONE_TO_FIVE = new AnswerScale(1, 5, List.of());

    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException if the range is empty or the labels do not fit it
     */
    public AnswerScale {
        if (max <= min) {
            throw new InvalidRecordException("answer scale", "max", max, "a maximum above the minimum " + min);
        }
        labels = Check.list("answer scale", "labels", labels);
        if (!labels.isEmpty() && labels.size() != max - min + 1) {
            throw new InvalidRecordException("answer scale", "labels", labels.size() + " labels",
                    "one label per answer: " + (max - min + 1));
        }
    }

    /**
     * Tells whether an answer is on the scale.
     *
     * @param answer the answer
     * @return whether it is between min and max
     */
    public boolean allows(int answer) {
        return answer >= min && answer <= max;
    }

    /**
     * Returns an answer as a share of the scale: 0 for the lowest, 1 for the highest.
     *
     * @param answer an answer on the scale
     * @return the share in [0, 1]
     */
    public double share(int answer) {
        return (answer - min) / (double) (max - min);
    }

    @Override
    public String toString() {
        return min + "–" + max;
    }
}
