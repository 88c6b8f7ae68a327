package eu.adpack.matching.intermediary;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a directory search: the need searched for and the best intermediaries, best first. Immutable and
 * thread-safe.
 *
 * @param need what was searched for
 * @param intermediaries the proposals, best first
 */
public record IntermediarySearch(IntermediaryNeed need, List<IntermediaryMatch> intermediaries) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is missing
     */
    public IntermediarySearch {
        Objects.requireNonNull(need, "need");
        intermediaries = List.copyOf(intermediaries);
    }
}
