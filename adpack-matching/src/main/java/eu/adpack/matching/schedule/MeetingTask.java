package eu.adpack.matching.schedule;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A meeting to be scheduled: two participants, the session it must lie in, an optional slot fixed by the organiser and
 * the meetings that must come strictly earlier.
 *
 * <p>Ids of meetings and participants are 1-based, as in the published instances. Immutable and thread-safe.
 *
 * @param id the meeting id, positive and unique within a problem
 * @param first one participant
 * @param second the other participant, different from {@code first}
 * @param session the session the meeting must lie in
 * @param fixedSlot the slot the organiser fixed, if any
 * @param predecessors ids of meetings that must take an earlier slot
 * @param allowedSlots the only slots the meeting may take (e.g. those of one session of a multi-day event); empty
 *     for no restriction beyond {@code session}
 */
public record MeetingTask(int id, int first, int second, SlotWindow session, OptionalInt fixedSlot, Set<Integer> predecessors,
        Set<Integer> allowedSlots) {

    /** Validates and copies. */
    public MeetingTask {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(fixedSlot, "fixedSlot");
        predecessors = Set.copyOf(predecessors);
        allowedSlots = Set.copyOf(allowedSlots);
        if (id < 1) {
            throw new InvalidProblemException("meeting " + id + ": id: " + id + " is not positive");
        }
        if (first < 1 || second < 1) {
            throw new InvalidProblemException("meeting " + id + ": participants: " + first + ", " + second
                    + " (expected positive participant ids)");
        }
        if (first == second) {
            throw new InvalidProblemException("meeting " + id + ": participants: " + first
                    + " meets herself (expected two different participants)");
        }
        if (fixedSlot.isPresent() && fixedSlot.getAsInt() < 1) {
            throw new InvalidProblemException("meeting " + id + ": fixedSlot: " + fixedSlot.getAsInt()
                    + " is not a slot (expected 1 or more)");
        }
        if (predecessors.contains(id)) {
            throw new InvalidProblemException("meeting " + id + ": predecessors: contains the meeting itself");
        }
    }

    /**
     * Creates a free meeting without precedences.
     *
     * @param id the meeting id
     * @param first one participant
     * @param second the other participant
     * @param session the session it must lie in
     * @return the meeting
     */
    public static MeetingTask of(int id, int first, int second, SlotWindow session) {
        return new MeetingTask(id, first, second, session, OptionalInt.empty(), Set.of(), Set.of());
    }

    /**
     * Returns this meeting pinned to a slot.
     *
     * @param slot the 1-based slot
     * @return a copy with the fixed slot
     */
    public MeetingTask fixedAt(int slot) {
        return new MeetingTask(id, first, second, session, OptionalInt.of(slot), predecessors, allowedSlots);
    }

    /**
     * Returns this meeting with the meetings that must come before it.
     *
     * @param meetingIds the ids of earlier meetings
     * @return a copy with these predecessors
     */
    public MeetingTask after(Set<Integer> meetingIds) {
        return new MeetingTask(id, first, second, session, fixedSlot, meetingIds, allowedSlots);
    }

    /**
     * Returns this meeting restricted to some slots.
     *
     * @param slots the only slots it may take
     * @return a copy with this restriction
     */
    public MeetingTask within(Set<Integer> slots) {
        return new MeetingTask(id, first, second, session, fixedSlot, predecessors, slots);
    }

    /**
     * Tells whether a participant takes part in this meeting.
     *
     * @param participant the participant id
     * @return true for either of the two participants
     */
    public boolean involves(int participant) {
        return first == participant || second == participant;
    }
}
