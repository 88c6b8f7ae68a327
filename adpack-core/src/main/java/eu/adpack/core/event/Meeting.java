package eu.adpack.core.event;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.internal.Check;

/**
 * A one-to-one meeting chosen to be held at an event, usually from an accepted request. A meeting without a slot is
 * still to be scheduled; one {@linkplain #fixed() fixed} by the organiser keeps its slot whatever a scheduler does.
 * Immutable and thread-safe.
 *
 * @param id the meeting's id, unique within the event
 * @param participantA one participant (the requester when there is a request)
 * @param participantB the other participant
 * @param requestId the request it comes from, or {@code null} when the organiser set it up
 * @param sessionId the session it must take place in, or {@code null} for any
 * @param slotId the slot it takes, or {@code null} while unscheduled
 * @param tableId the table it takes, or {@code null} while unassigned
 * @param fixed whether the organiser fixed its slot
 * @param status its status
 */
public record Meeting(
        String id,
        String participantA,
        String participantB,
        String requestId,
        String sessionId,
        String slotId,
        String tableId,
        boolean fixed,
        MeetingStatus status) {
    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException if a part is missing, both sides are the same participant, or a fixed meeting
     *     has no slot
     */
    public Meeting {
        String r = Check.name("meeting", id);
        Check.id(r, "id", id);
        Check.id(r, "participantA", participantA);
        Check.id(r, "participantB", participantB);
        if (participantA.equals(participantB)) {
            throw new InvalidRecordException(r, "participantB", participantB, "is participantA",
                    "two different participants");
        }
        Check.optionalId(r, "requestId", requestId);
        Check.optionalId(r, "sessionId", sessionId);
        Check.optionalId(r, "slotId", slotId);
        Check.optionalId(r, "tableId", tableId);
        if (fixed && slotId == null) {
            throw new InvalidRecordException(r, "slotId", null, "is missing on a fixed meeting", "a slot");
        }
        Check.required(r, "status", status);
    }

    /**
     * Returns a planned, unscheduled meeting.
     *
     * @param id the id
     * @param participantA one participant
     * @param participantB the other
     * @param requestId the request, or {@code null}
     * @return the meeting
     */
    public static Meeting planned(String id, String participantA, String participantB, String requestId) {
        return new Meeting(id, participantA, participantB, requestId, null, null, null, false, MeetingStatus.PLANNED);
    }

    /**
     * Returns a copy placed in a slot at a table.
     *
     * @param slot the slot
     * @param table the table, or {@code null}
     * @return the copy
     */
    public Meeting scheduledAt(String slot, String table) {
        return new Meeting(id, participantA, participantB, requestId, sessionId, slot, table, fixed, status);
    }

    /**
     * Returns a copy whose slot the organiser fixed.
     *
     * @param slot the slot
     * @return the copy
     */
    public Meeting fixedAt(String slot) {
        return new Meeting(id, participantA, participantB, requestId, sessionId, slot, tableId, true, status);
    }

    /**
     * Returns a copy with another status.
     *
     * @param newStatus the status
     * @return the copy
     */
    public Meeting withStatus(MeetingStatus newStatus) {
        return new Meeting(id, participantA, participantB, requestId, sessionId, slotId, tableId, fixed, newStatus);
    }

    /**
     * Tells whether a participant is one of the two.
     *
     * @param participantId the participant
     * @return whether she takes part
     */
    public boolean involves(String participantId) {
        return participantA.equals(participantId) || participantB.equals(participantId);
    }
}
