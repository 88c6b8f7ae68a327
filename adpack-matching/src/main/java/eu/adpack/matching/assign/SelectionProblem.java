package eu.adpack.matching.assign;

import eu.adpack.matching.schedule.InvalidProblemException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Set;

/**
 * Which meetings to hold: accepted requests, a cap on each participant's meetings (a default for those not listed),
 * optional caps per participant and session, and the event's capacity, the number of meetings it can hold (slots ×
 * tables). Two requests between the same two participants (each asked the other) give at most one meeting.
 *
 * <p>Immutable and thread-safe.
 *
 * @param requests the accepted requests, ids unique
 * @param caps the largest number of meetings per participant, where it differs from {@code defaultCap}
 * @param defaultCap the largest number of meetings of any participant not in {@code caps}
 * @param capacity the largest number of meetings the event can hold
 * @param sessionLimits caps per participant and session, at most one per pair; empty for none
 */
public record SelectionProblem(List<CandidateRequest> requests, Map<Integer, Integer> caps, int defaultCap,
        int capacity, List<SessionLimit> sessionLimits) {

    /** Validates and copies. */
    public SelectionProblem {
        requests = List.copyOf(requests);
        caps = Map.copyOf(caps);
        sessionLimits = List.copyOf(sessionLimits);
        Set<List<Integer>> limited = new HashSet<>();
        for (SessionLimit l : sessionLimits) {
            Objects.requireNonNull(l, "sessionLimits");
            if (!limited.add(List.of(l.participant(), l.session()))) {
                throw new InvalidProblemException("participant " + l.participant() + ": session " + l.session()
                        + ": limit: appears twice (expected at most one per participant and session)");
            }
        }
        Set<Integer> ids = new HashSet<>();
        for (CandidateRequest r : requests) {
            if (!ids.add(r.id())) {
                throw new InvalidProblemException("request " + r.id() + ": id: appears twice");
            }
        }
        caps.forEach((p, c) -> {
            if (c < 0) {
                throw new InvalidProblemException("participant " + p + ": cap: " + c + " (expected 0 or more)");
            }
        });
        if (defaultCap < 0) {
            throw new InvalidProblemException("selection: defaultCap: " + defaultCap + " (expected 0 or more)");
        }
        if (capacity < 0) {
            throw new InvalidProblemException("selection: capacity: " + capacity + " (expected 0 or more)");
        }
    }

    /**
     * Creates a problem without session limits.
     *
     * @param requests the accepted requests
     * @param caps the largest number of meetings per participant, where it differs from {@code defaultCap}
     * @param defaultCap the largest number of meetings of any participant not in {@code caps}
     * @param capacity the largest number of meetings the event can hold
     * @throws InvalidProblemException if a part is not valid
     */
    public SelectionProblem(List<CandidateRequest> requests, Map<Integer, Integer> caps, int defaultCap, int capacity) {
        this(requests, caps, defaultCap, capacity, List.of());
    }

    /**
     * Creates a problem for an event of {@code slots × tables} capacity.
     *
     * @param requests the accepted requests
     * @param capPerParticipant the largest number of meetings of each participant
     * @param slots number of slots of the event
     * @param tables number of tables of the event
     * @return the problem
     */
    public static SelectionProblem of(List<CandidateRequest> requests, int capPerParticipant, int slots, int tables) {
        return new SelectionProblem(requests, Map.of(), capPerParticipant, Math.multiplyExact(slots, tables));
    }

    /**
     * Returns the cap of one participant.
     *
     * @param participant the participant id
     * @return her cap
     */
    public int capOf(int participant) {
        return caps.getOrDefault(participant, defaultCap);
    }
}
