package eu.adpack.matching;

import java.util.List;
import java.util.Objects;

/**
 * The partners proposed to one subject: its id and its matches, best first. JSON form {@code {"id", "matches"}}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the subject's id
 * @param matches its matches, best first
 */
public record SubjectMatches(String id, List<Match> matches) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public SubjectMatches {
        Objects.requireNonNull(id, "id");
        matches = List.copyOf(matches);
    }
}
