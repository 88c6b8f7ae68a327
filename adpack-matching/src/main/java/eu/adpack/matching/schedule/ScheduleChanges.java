package eu.adpack.matching.schedule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed on the event day, in a problem's numbers: participants who cancel (all their meetings go), meetings
 * removed, meetings added, tables lost.
 *
 * <p>A cancelled participant stays in the problem with no meeting (participant numbers do not shift), so, as for any
 * participant without meetings, the fairness bound then counts her with 0 breaks. JSON form (through
 * {@code AdpackJson.standard().mapper()}): {@code {"cancelledParticipants": [3], "removedMeetings": [17],
 * "addedMeetings": [{"id": 500, "first": 3, "second": 41, "session": "ANY", …}], "tablesLost": 1}}. Immutable and
 * thread-safe.
 *
 * @param cancelledParticipants participants who cancel
 * @param removedMeetings ids of meetings called off
 * @param addedMeetings new meetings, with ids not used in the problem
 * @param tablesLost number of tables no longer available, 0 or more
 */
public record ScheduleChanges(List<Integer> cancelledParticipants, List<Integer> removedMeetings,
        List<MeetingTask> addedMeetings, int tablesLost) {

    /** No change at all. */
    public static final ScheduleChanges NONE = new ScheduleChanges(List.of(), List.of(), List.of(), 0);

    /** Validates and copies. */
    public ScheduleChanges {
        cancelledParticipants = List.copyOf(Objects.requireNonNullElse(cancelledParticipants, List.of()));
        removedMeetings = List.copyOf(Objects.requireNonNullElse(removedMeetings, List.of()));
        addedMeetings = List.copyOf(Objects.requireNonNullElse(addedMeetings, List.of()));
        if (tablesLost < 0) {
            throw new InvalidProblemException("changes: tablesLost: " + tablesLost + " (expected 0 or more)");
        }
    }

    /**
     * Applies the changes to a problem: meetings of cancelled participants and removed meetings leave (with the
     * precedences on them), added meetings join, the tables shrink.
     *
     * @param problem the problem before the changes
     * @return the problem after them
     * @throws InvalidProblemException if a change names an unknown participant or meeting, reuses a meeting id, or
     *     leaves no table
     */
    public SchedulingProblem applyTo(SchedulingProblem problem) {
        Set<Integer> ids = new HashSet<>();
        problem.meetings().forEach(m -> ids.add(m.id()));
        for (int p : cancelledParticipants) {
            if (p < 1 || p > problem.participants()) {
                throw new InvalidProblemException("changes: cancelledParticipants: " + p
                        + " is not a participant (expected 1.." + problem.participants() + ")");
            }
        }
        for (int id : removedMeetings) {
            if (!ids.contains(id)) {
                throw new InvalidProblemException("changes: removedMeetings: " + id + " is not a meeting of the problem");
            }
        }
        for (MeetingTask m : addedMeetings) {
            if (ids.contains(m.id())) {
                throw new InvalidProblemException("changes: addedMeetings: meeting " + m.id()
                        + " already exists (expected a new id)");
            }
        }
        if (tablesLost >= problem.tables()) {
            throw new InvalidProblemException("changes: tablesLost: " + tablesLost + " of " + problem.tables()
                    + " tables (expected fewer than all)");
        }
        Set<Integer> gone = new HashSet<>(removedMeetings);
        Set<Integer> cancelled = new HashSet<>(cancelledParticipants);
        for (MeetingTask m : problem.meetings()) {
            if (cancelled.contains(m.first()) || cancelled.contains(m.second())) {
                gone.add(m.id());
            }
        }
        SchedulingProblem fewer = problem.without(gone);
        List<MeetingTask> meetings = new ArrayList<>(fewer.meetings());
        meetings.addAll(addedMeetings);
        return fewer.toBuilder().meetings(meetings).tables(problem.tables() - tablesLost).build();
    }
}
