package eu.adpack.matching.event;

import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.Meeting;
import eu.adpack.core.event.MeetingStatus;
import eu.adpack.core.event.MeetingTable;
import eu.adpack.matching.schedule.InvalidProblemException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed on the event day, in an event's own ids: participants who cancel, meetings called off, meetings
 * added, tables lost.
 *
 * <p>JSON form (through {@code AdpackJson.standard().mapper()}; every list may be left out): {@code
 * {"cancelledParticipants": ["p3"], "removedMeetings": ["m-r2"], "addedMeetings": [{"id": "late-1",
 * "participantA": "p1", "participantB": "p5", "status": "PLANNED"}], "lostTables": ["t2"]}}. Immutable and
 * thread-safe.
 *
 * @param cancelledParticipants participants who cancel: their meetings are cancelled
 * @param removedMeetings meetings called off
 * @param addedMeetings new meetings (planned, without a slot unless fixed)
 * @param lostTables tables no longer available: the event goes on without them
 */
public record EventChanges(List<String> cancelledParticipants, List<String> removedMeetings,
        List<Meeting> addedMeetings, List<String> lostTables) {

    /** Copies; a missing list is empty. */
    public EventChanges {
        cancelledParticipants = List.copyOf(Objects.requireNonNullElse(cancelledParticipants, List.of()));
        removedMeetings = List.copyOf(Objects.requireNonNullElse(removedMeetings, List.of()));
        addedMeetings = List.copyOf(Objects.requireNonNullElse(addedMeetings, List.of()));
        lostTables = List.copyOf(Objects.requireNonNullElse(lostTables, List.of()));
    }

    /**
     * Applies the changes to a scheduled event: the meetings of cancelled participants and the removed meetings
     * become {@link MeetingStatus#CANCELLED}, the added meetings join, the lost tables leave (meetings keep their
     * slots but lose those tables).
     *
     * @param event the event as scheduled
     * @return the event after the changes
     * @throws InvalidProblemException naming the change and the id if a change refers to an unknown participant,
     *     meeting or table, adds a meeting id that exists, or loses every table
     */
    public MatchmakingEvent applyTo(MatchmakingEvent event) {
        Set<String> participants = new HashSet<>();
        event.participants().forEach(p -> participants.add(p.id()));
        Set<String> meetingIds = new HashSet<>();
        event.meetings().forEach(m -> meetingIds.add(m.id()));
        Set<String> tableIds = new HashSet<>();
        event.tables().forEach(t -> tableIds.add(t.id()));
        check(participants, cancelledParticipants, "cancelledParticipants", "participant");
        check(meetingIds, removedMeetings, "removedMeetings", "meeting");
        check(tableIds, lostTables, "lostTables", "table");
        for (Meeting m : addedMeetings) {
            if (meetingIds.contains(m.id())) {
                throw new InvalidProblemException("changes: addedMeetings: '" + m.id()
                        + "' is already a meeting of the event (expected a new id)");
            }
        }
        Set<String> lost = new HashSet<>(lostTables);
        if (lost.size() >= event.tables().size()) {
            throw new InvalidProblemException("changes: lostTables: all " + event.tables().size()
                    + " tables (expected at least one left)");
        }
        Set<String> cancelled = new HashSet<>(cancelledParticipants);
        Set<String> removed = new HashSet<>(removedMeetings);
        List<Meeting> meetings = new ArrayList<>();
        for (Meeting m : event.meetings()) {
            Meeting changed = m;
            if (removed.contains(m.id()) || cancelled.contains(m.participantA())
                    || cancelled.contains(m.participantB())) {
                changed = changed.withStatus(MeetingStatus.CANCELLED);
            }
            if (changed.tableId() != null && lost.contains(changed.tableId())) {
                changed = changed.scheduledAt(changed.slotId(), null);
            }
            meetings.add(changed);
        }
        meetings.addAll(addedMeetings);
        List<MeetingTable> tables = event.tables().stream().filter(t -> !lost.contains(t.id())).toList();
        return new MatchmakingEvent(event.id(), event.name(), event.zone(), event.city(), event.country(),
                event.sessions(), tables, event.participants(), event.requests(), meetings, event.precedences());
    }

    private static void check(Set<String> known, List<String> ids, String field, String kind) {
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new InvalidProblemException("changes: " + field + ": '" + id + "' is not a " + kind
                        + " of the event");
            }
        }
    }
}
