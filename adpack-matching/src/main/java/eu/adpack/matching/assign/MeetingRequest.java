package eu.adpack.matching.assign;

import eu.adpack.matching.schedule.InvalidProblemException;

/**
 * An accepted request for a one-to-one meeting, with the priority the organiser gives it (higher is more important).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the request id, positive and unique within a selection problem
 * @param requester the participant who asked
 * @param target the participant asked for
 * @param priority the priority, 0 or more
 */
public record MeetingRequest(int id, int requester, int target, int priority) {

    /** Validates. */
    public MeetingRequest {
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
}
