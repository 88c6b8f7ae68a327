package eu.adpack.core.readiness;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.internal.Check;

/**
 * One question of a readiness questionnaire: what is asked, which dimension it scores, its weight within that
 * dimension and the answers it allows. Immutable and thread-safe.
 *
 * @param id the question's id, unique within the questionnaire
 * @param dimension the id of the dimension it scores
 * @param text what is asked
 * @param weight its weight within the dimension, above 0; 1 when left out
 * @param scale the answers it allows
 */
public record Question(String id, String dimension, String text, Double weight, AnswerScale scale) {
    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException naming the question and the field, if a part is missing or not valid
     */
    public Question {
        String r = Check.name("question", id);
        Check.id(r, "id", id);
        Check.id(r, "dimension", dimension);
        text = Check.text(r, "text", text, 1000);
        weight = weight == null ? 1.0 : weight;
        if (!(weight > 0) || weight.isInfinite()) {
            throw new InvalidRecordException(r, "weight", weight, "a weight > 0 within the dimension");
        }
        if (scale == null) {
            throw new InvalidRecordException(r, "scale", null, "has no scale",
                    "a scale such as {\"min\": 1, \"max\": 5}");
        }
    }

    /**
     * Returns a question of weight 1 on the 1–5 scale.
     *
     * @param id the id
     * @param dimension the dimension
     * @param text what is asked
     * @return the question
     */
    public static Question of(String id, String dimension, String text) {
        return new Question(id, dimension, text, 1.0, AnswerScale.ONE_TO_FIVE);
    }
}
