package eu.adpack.matching;

import java.util.List;
import java.util.Objects;

/**
 * Why a match was proposed: the evidence of every feature that contributed, largest share first, and one sentence
 * an SME can read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param features the evidence per feature, largest contribution first
 * @param text a readable sentence
 */
public record Explanation(List<Evidence> features, String text) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Explanation {
        features = List.copyOf(features);
        Objects.requireNonNull(text, "text");
    }
}
