package eu.adpack.core.event;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.internal.Check;

/**
 * A request by one participant to meet another at an event. Immutable and thread-safe.
 *
 * @param id the request's id, unique within the event
 * @param requester the participant who asks
 * @param target the participant asked
 * @param priority how much the requester wants it, 1 (least) to 10 (most); a scheduler maximises the total
 * @param status the request's status
 * @param sessionId the session the meeting must take place in, or {@code null} for any
 * @param note a note to the target, or {@code null}
 */
public record MeetingRequest(
        String id, String requester, String target, int priority, RequestStatus status, String sessionId,
        String note) {
    /** The lowest priority. */
    public static final int MIN_PRIORITY = 1;
    /** The highest priority. */
    public static final int MAX_PRIORITY = 10;

    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException if a part is missing, the priority is out of range, or a participant asks
     *     herself
     */
    public MeetingRequest {
        String r = Check.name("meeting request", id);
        Check.id(r, "id", id);
        Check.id(r, "requester", requester);
        Check.id(r, "target", target);
        if (requester.equals(target)) {
            throw new InvalidRecordException(r, "target", target, "is the requester", "another participant");
        }
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new InvalidRecordException(r, "priority", priority, "1 to 10");
        }
        Check.required(r, "status", status);
        Check.optionalId(r, "sessionId", sessionId);
        note = Check.optionalText(r, "note", note, 2000);
    }

    /**
     * Returns a request in any session, without a note.
     *
     * @param id the id
     * @param requester who asks
     * @param target who is asked
     * @param priority 1 to 10
     * @param status the status
     * @return the request
     */
    public static MeetingRequest of(String id, String requester, String target, int priority, RequestStatus status) {
        return new MeetingRequest(id, requester, target, priority, status, null, null);
    }

    /**
     * Returns a copy with another status.
     *
     * @param newStatus the status
     * @return the copy
     */
    public MeetingRequest withStatus(RequestStatus newStatus) {
        return new MeetingRequest(id, requester, target, priority, newStatus, sessionId, note);
    }

    /**
     * Tells whether the request involves a participant, as requester or target.
     *
     * @param participantId the participant
     * @return whether she is one of the two
     */
    public boolean involves(String participantId) {
        return requester.equals(participantId) || target.equals(participantId);
    }
}
