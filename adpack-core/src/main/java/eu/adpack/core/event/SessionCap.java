package eu.adpack.core.event;

import eu.adpack.core.internal.Check;

/**
 * The most meetings a participant accepts in one session, so that she keeps the breaks she chose. Immutable and
 * thread-safe.
 *
 * @param sessionId the session
 * @param maxMeetings the cap, at least 0
 */
public record SessionCap(String sessionId, int maxMeetings) {
    /**
     * Validates the parts.
     *
     * @throws eu.adpack.core.InvalidRecordException if the session is missing or the cap negative
     */
    public SessionCap {
        Check.id("session cap", "sessionId", sessionId);
        Check.nonNegative("session cap " + sessionId, "maxMeetings", maxMeetings);
    }

    /**
     * Returns a cap.
     *
     * @param sessionId the session
     * @param maxMeetings the cap
     * @return the cap
     */
    public static SessionCap of(String sessionId, int maxMeetings) {
        return new SessionCap(sessionId, maxMeetings);
    }
}
