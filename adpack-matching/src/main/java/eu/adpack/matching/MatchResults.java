package eu.adpack.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The best partners of several subjects, in the order they were asked for: the document {@code adpack match} prints,
 * {@code {"results": [{"id", "matches": [...]}]}}, written and read through {@code AdpackJson}'s mapper as it is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param results one entry per subject asked for
 */
public record MatchResults(List<SubjectMatches> results) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public MatchResults {
        results = List.copyOf(results);
    }

    /**
     * Queries a matcher for each of some held subjects.
     *
     * @param matcher the matcher
     * @param ids the subjects' ids, in the order wanted
     * @param k how many partners at most per subject
     * @return one entry per id, each with up to k matches, best first, explained
     * @throws UnknownSubjectException if an id is not held
     */
    public static MatchResults query(Matcher matcher, List<String> ids, int k) {
        Objects.requireNonNull(matcher, "matcher");
        List<SubjectMatches> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(new SubjectMatches(id, matcher.query(id, k)));
        }
        return new MatchResults(out);
    }
}
