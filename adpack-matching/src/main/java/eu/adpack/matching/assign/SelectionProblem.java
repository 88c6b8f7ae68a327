package eu.adpack.matching.assign;

import eu.adpack.matching.schedule.InvalidProblemException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
     * Starts a builder; {@link Builder#capacity} must be set.
     *
     * @return a builder without requests, caps or session limits
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this problem, to change some of its parts.
     *
     * @return a builder with every part of this problem
     */
    public Builder toBuilder() {
        Builder b = new Builder().requests(requests).defaultCap(defaultCap).capacity(capacity)
                .sessionLimits(sessionLimits);
        caps.forEach(b::cap);
        return b;
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

    /**
     * A builder of {@link SelectionProblem} with named setters; {@link #build()} validates the whole problem. Not
     * thread-safe.
     */
    public static final class Builder {
        private final List<CandidateRequest> requests = new ArrayList<>();
        private final Map<Integer, Integer> caps = new HashMap<>();
        private int defaultCap = Integer.MAX_VALUE;
        private Integer capacity;
        private final List<SessionLimit> sessionLimits = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds an accepted request. Default: no requests.
         *
         * @param r the request
         * @return this builder
         */
        public Builder request(CandidateRequest r) {
            requests.add(Objects.requireNonNull(r, "request"));
            return this;
        }

        /**
         * Replaces the requests added so far by these.
         *
         * @param rs the accepted requests
         * @return this builder
         */
        public Builder requests(Collection<CandidateRequest> rs) {
            requests.clear();
            rs.forEach(this::request);
            return this;
        }

        /**
         * Caps one participant's meetings, overriding {@link #defaultCap} for her.
         *
         * @param participant the participant id
         * @param maxMeetings her largest number of meetings, 0 or more
         * @return this builder
         */
        public Builder cap(int participant, int maxMeetings) {
            caps.put(participant, maxMeetings);
            return this;
        }

        /**
         * Sets the cap of every participant without a {@link #cap} of her own. Default: no cap
         * ({@link Integer#MAX_VALUE}).
         *
         * @param maxMeetings the largest number of meetings, 0 or more
         * @return this builder
         */
        public Builder defaultCap(int maxMeetings) {
            defaultCap = maxMeetings;
            return this;
        }

        /**
         * Sets the largest number of meetings the event can hold. Required, no default.
         *
         * @param meetings 0 or more
         * @return this builder
         */
        public Builder capacity(int meetings) {
            capacity = meetings;
            return this;
        }

        /**
         * Sets the capacity of an event of {@code slots × tables} meetings.
         *
         * @param slots number of slots of the event
         * @param tables number of tables of the event
         * @return this builder
         */
        public Builder capacityOf(int slots, int tables) {
            capacity = Math.multiplyExact(slots, tables);
            return this;
        }

        /**
         * Adds a cap per participant and session. Default: none.
         *
         * @param limit the limit, at most one per participant and session
         * @return this builder
         */
        public Builder sessionLimit(SessionLimit limit) {
            sessionLimits.add(Objects.requireNonNull(limit, "sessionLimit"));
            return this;
        }

        /**
         * Replaces the session limits added so far by these.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder sessionLimits(Collection<SessionLimit> limits) {
            sessionLimits.clear();
            limits.forEach(this::sessionLimit);
            return this;
        }

        /**
         * Builds the problem.
         *
         * @return the validated problem
         * @throws InvalidProblemException if {@link #capacity} was not set or a part is not valid
         */
        public SelectionProblem build() {
            if (capacity == null) {
                throw new InvalidProblemException("selection: capacity: not set (expected a call of "
                        + "SelectionProblem.Builder.capacity(int) or capacityOf(int, int))");
            }
            return new SelectionProblem(requests, caps, defaultCap, capacity, sessionLimits);
        }
    }
}
