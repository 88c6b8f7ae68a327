package eu.adpack.matching.assign;

import eu.adpack.matching.schedule.InvalidProblemException;

/**
 * A cap on one participant's meetings in one session of the event, for the selection: the selected requests of the
 * participant that can only take place in capped sessions must fit those sessions' caps (see {@link MeetingSelector}).
 * Immutable and thread-safe.
 *
 * @param participant the participant id
 * @param session the session's number, as used in {@link CandidateRequest#sessions()}
 * @param maxMeetings the most meetings she may have in the session, 0 or more
 */
public record SessionLimit(int participant, int session, int maxMeetings) {

    /** Validates. */
    public SessionLimit {
        if (maxMeetings < 0) {
            throw new InvalidProblemException("participant " + participant + ": session " + session
                    + ": maxMeetings: " + maxMeetings + " (expected 0 or more)");
        }
    }

    /**
     * Returns a limit.
     *
     * @param participant the participant id
     * @param session the session's number
     * @param maxMeetings the most meetings in the session
     * @return the limit
     */
    public static SessionLimit of(int participant, int session, int maxMeetings) {
        return new SessionLimit(participant, session, maxMeetings);
    }
}
