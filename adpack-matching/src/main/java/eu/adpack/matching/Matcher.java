package eu.adpack.matching;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;

/**
 * A population of match subjects that proposes, for any subject, the partners most worth meeting, best first, each
 * with its explanation.
 *
 * <p>Subjects can be added, replaced and removed at any time without a rebuild. Results are exact: the same as
 * scoring every pair, with ties broken by id. Implementations from {@link Matchers} are thread-safe: queries run in
 * parallel, and a change waits for running queries and is seen by every later one.
 */
public interface Matcher {
    /**
     * Adds a subject, or replaces the subject with the same id.
     *
     * @param subject the subject
     */
    void add(MatchSubject subject);

    /**
     * Adds or replaces many subjects at once, which is faster than adding them one by one.
     *
     * @param subjects the subjects
     */
    void addAll(Collection<MatchSubject> subjects);

    /**
     * Removes a subject.
     *
     * @param id the subject's id
     * @return whether there was such a subject
     */
    boolean remove(String id);

    /**
     * Returns how many subjects the matcher holds.
     *
     * @return the number of subjects
     */
    int size();

    /**
     * Returns the best partners of a subject the matcher holds.
     *
     * @param id the subject's id
     * @param k how many partners at most
     * @return up to k matches, best first; only pairs with some shared content are proposed
     * @throws UnknownSubjectException if there is no subject with that id
     */
    List<Match> query(String id, int k);

    /**
     * Returns the best partners, among those the matcher holds, of a subject that need not be held.
     *
     * @param subject the subject; if a held subject has the same id, that one is not proposed to it
     * @param k how many partners at most
     * @return up to k matches, best first
     */
    List<Match> query(MatchSubject subject, int k);

    /**
     * Returns the ids of the best partners of a held subject, best first: the same ranking as
     * {@link #query(String, int)} without building the explanations, for batch jobs that only need the order.
     *
     * @param id the subject's id
     * @param k how many partners at most
     * @return up to k partner ids, best first
     * @throws UnknownSubjectException if there is no subject with that id
     */
    default List<String> rank(String id, int k) {
        return query(id, k).stream().map(Match::id).toList();
    }

    /**
     * Returns the ids of the best partners of every subject held, computed in parallel: the rankings of
     * {@link #queryAll(int, Executor)} without the explanations.
     *
     * @param k how many partners at most per subject
     * @param executor where the work runs; the call waits for it to finish
     * @return for each subject id (sorted), its partners' ids, best first
     */
    default Map<String, List<String>> rankAll(int k, Executor executor) {
        Map<String, List<String>> out = new TreeMap<>();
        queryAll(k, executor).forEach((id, matches) -> out.put(id, matches.stream().map(Match::id).toList()));
        return out;
    }

    /**
     * Returns the best partners of every subject held, computed in parallel on an executor.
     *
     * @param k how many partners at most per subject
     * @param executor where the work runs; the call waits for it to finish
     * @return for each subject id (sorted), its matches, best first
     */
    Map<String, List<Match>> queryAll(int k, Executor executor);

    /**
     * Explains the pair of two held subjects, whatever their rank.
     *
     * @param id the subject a query would be made for
     * @param partnerId the partner
     * @return the match, with a score of zero if the pair is not allowed or shares nothing
     * @throws UnknownSubjectException if either id is unknown
     */
    Match explain(String id, String partnerId);
}
