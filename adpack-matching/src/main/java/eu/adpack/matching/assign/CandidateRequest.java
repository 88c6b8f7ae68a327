package eu.adpack.matching.assign;

import eu.adpack.matching.schedule.InvalidProblemException;
import java.util.Set;

/**
 * An accepted request for a one-to-one meeting, with the priority the organiser gives it (higher is more important).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the request id, positive and unique within a selection problem
 * @param requester the participant who asked
 * @param target the participant asked for
 * @param priority the priority, 0 or more
 * @param sessions the numbers of the sessions in which the meeting can take place (see {@link SessionLimit}); empty
 *     when not known, and then no session limit counts the request
 */
public record CandidateRequest(int id, int requester, int target, int priority, Set<Integer> sessions) {

    /** Validates and copies. */
    public CandidateRequest {
        sessions = Set.copyOf(sessions);
        if (id < 1) {
            throw new InvalidProblemException("request " + id + ": id: " + id + " (expected a positive id)");
        }
        if (requester < 1 || target < 1 || requester == target) {
            throw new InvalidProblemException("request " + id + ": participants: " + requester + ", " + target
                    + " (expected two different positive participant ids)");
        }
        if (priority < 0) {
            throw new InvalidProblemException("request " + id + ": priority: " + priority + " (expected 0 or more)");
        }
    }

    /**
     * Creates a request that no session limit counts.
     *
     * @param id the request id
     * @param requester the participant who asked
     * @param target the participant asked for
     * @param priority the priority
     * @throws InvalidProblemException if a part is not valid
     */
    public CandidateRequest(int id, int requester, int target, int priority) {
        this(id, requester, target, priority, Set.of());
    }
}
