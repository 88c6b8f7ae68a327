package eu.adpack.matching.event;

import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.Meeting;
import eu.adpack.core.event.MeetingRequest;
import eu.adpack.core.event.MeetingStatus;
import eu.adpack.core.event.Participant;
import eu.adpack.core.event.Precedence;
import eu.adpack.core.event.Session;
import eu.adpack.core.event.SessionCap;
import eu.adpack.core.event.TimeSlot;
import eu.adpack.matching.assign.CandidateRequest;
import eu.adpack.matching.assign.MeetingSelector;
import eu.adpack.matching.assign.Selection;
import eu.adpack.matching.assign.SelectionProblem;
import eu.adpack.matching.assign.SessionLimit;
import eu.adpack.matching.schedule.Assignment;
import eu.adpack.matching.schedule.InvalidProblemException;
import eu.adpack.matching.schedule.MeetingTask;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SchedulingProblem;
import eu.adpack.matching.schedule.SlotRangeCap;
import eu.adpack.matching.schedule.SlotWindow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A matchmaking event translated into a {@link SchedulingProblem}, with the numbering that maps the event's string ids
 * to the problem's 1-based numbers and back.
 *
 * <p>Translation: slots are numbered in time order over all sessions (so, as in the published instances, the slots
 * of one day run straight across lunch; the last slot of a day and the first of the next count as consecutive);
 * tables in the event's order; the meetings are those not cancelled; a meeting with a session (its own or its
 * request's) may only take that session's slots; fixed meetings keep their slot, and held or missed meetings that
 * have a slot are treated as fixed; participants' forbidden slots and the precedences carry over; a participant's cap
 * per session becomes a {@link SlotRangeCap} over that session's slots (consecutive in this numbering). Her cap over
 * the whole event bounds the {@linkplain #withSelectedMeetings selection}, which also respects the caps per session.
 * Immutable and thread-safe.
 *
 * @param event the event
 * @param problem the problem to solve
 * @param participantIds participant number − 1 → participant id
 * @param slotIds slot number − 1 → slot id
 * @param tableIds table number − 1 → table id
 * @param meetingIds meeting number − 1 → meeting id
 */
public record EventProblem(MatchmakingEvent event, SchedulingProblem problem, List<String> participantIds,
        List<String> slotIds, List<String> tableIds, List<String> meetingIds) {

    /** Copies. */
    public EventProblem {
        participantIds = List.copyOf(participantIds);
        slotIds = List.copyOf(slotIds);
        tableIds = List.copyOf(tableIds);
        meetingIds = List.copyOf(meetingIds);
    }

    /**
     * Translates an event.
     *
     * @param event the event, with its meetings chosen (see {@link #withSelectedMeetings})
     * @param fairness the fairness bound, or empty for none
     * @return the problem with its numbering
     * @throws InvalidProblemException if the event refers to unknown slots, sessions or participants, or has no
     *     table or slot
     */
    public static EventProblem of(MatchmakingEvent event, OptionalInt fairness) {
        String where = "event " + event.id();
        List<String> slotIds = new ArrayList<>();
        for (TimeSlot t : event.slotsInOrder()) {
            slotIds.add(t.id());
        }
        if (slotIds.isEmpty() || event.tables().isEmpty()) {
            throw new InvalidProblemException(where + ": sessions, tables: no slot or no table (expected at least one "
                    + "of each)");
        }
        Map<String, Integer> slotNo = index(slotIds);
        List<String> participantIds = event.participants().stream().map(Participant::id).toList();
        Map<String, Integer> participantNo = index(participantIds);
        List<String> tableIds = event.tables().stream().map(t -> t.id()).toList();
        Map<String, MeetingRequest> requests = new HashMap<>();
        event.requests().forEach(r -> requests.put(r.id(), r));
        SchedulingProblem.Builder b = SchedulingProblem.builder().participants(participantIds.size())
                .slots(slotIds.size()).tables(tableIds.size());
        for (Participant p : event.participants()) {
            for (String slot : p.forbiddenSlots()) {
                b.forbid(participantNo.get(p.id()), number(slotNo, slot, "participant " + p.id(), "forbiddenSlots"));
            }
        }
        for (Participant p : event.participants()) {
            for (SessionCap cap : p.sessionCaps()) {
                Session session = session(event, cap.sessionId(), "participant " + p.id(),
                        "sessionCaps");
                int first = Integer.MAX_VALUE;
                int last = 0;
                for (TimeSlot t : session.slots()) {
                    first = Math.min(first, slotNo.get(t.id()));
                    last = Math.max(last, slotNo.get(t.id()));
                }
                b.cap(participantNo.get(p.id()), first, last, cap.maxMeetings());
            }
        }
        fairness.ifPresent(b::fairness);
        List<Meeting> kept = new ArrayList<>();
        for (Meeting m : event.meetings()) {
            if (m.status() != MeetingStatus.CANCELLED && (m.status() == MeetingStatus.PLANNED || m.slotId() != null)) {
                kept.add(m);
            }
        }
        List<String> meetingIds = kept.stream().map(Meeting::id).toList();
        Map<String, Integer> meetingNo = index(meetingIds);
        Map<String, Set<Integer>> predecessors = new HashMap<>();
        for (Precedence pr : event.precedences()) {
            if (meetingNo.containsKey(pr.before()) && meetingNo.containsKey(pr.after())) {
                predecessors.computeIfAbsent(pr.after(), k -> new HashSet<>()).add(meetingNo.get(pr.before()));
            }
        }
        for (Meeting m : kept) {
            String record = "meeting " + m.id();
            int a = number(participantNo, m.participantA(), record, "participantA");
            int c = number(participantNo, m.participantB(), record, "participantB");
            MeetingTask sm = MeetingTask.of(meetingNo.get(m.id()), a, c,
                    SlotWindow.ANY);
            String session = m.sessionId() != null ? m.sessionId()
                    : m.requestId() != null && requests.containsKey(m.requestId())
                    ? requests.get(m.requestId()).sessionId() : null;
            if (session != null) {
                Set<Integer> allowed = new HashSet<>();
                session(event, session, record, "sessionId").slots().forEach(t -> allowed.add(slotNo.get(t.id())));
                sm = sm.within(allowed);
            }
            if (m.slotId() != null && (m.fixed() || m.status() != MeetingStatus.PLANNED)) {
                sm = sm.fixedAt(number(slotNo, m.slotId(), record, "slotId"));
            }
            b.meeting(sm.after(predecessors.getOrDefault(m.id(), Set.of())));
        }
        try {
            return new EventProblem(event, b.build(), participantIds, slotIds, tableIds, meetingIds);
        } catch (InvalidProblemException e) {
            throw new InvalidProblemException(where + ": " + e.getMessage());
        }
    }

    private static Session session(MatchmakingEvent event, String id, String record,
            String field) {
        return event.sessions().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidProblemException(record + ": " + field + ": '" + id
                        + "' is not a session of the event"));
    }

    private static Map<String, Integer> index(List<String> ids) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), i + 1);
        }
        return out;
    }

    private static int number(Map<String, Integer> numbers, String id, String record, String field) {
        Integer n = numbers.get(id);
        if (n == null) {
            throw new InvalidProblemException(record + ": " + field + ": '" + id + "' is unknown");
        }
        return n;
    }

    /**
     * Returns the event with the schedule written into its meetings (slot and table ids).
     *
     * @param result a result with a schedule
     * @return the scheduled event
     * @throws IllegalArgumentException if the result has no schedule
     */
    public MatchmakingEvent apply(ScheduleResult result) {
        if (result.totalBreaks().isEmpty()) {
            throw new IllegalArgumentException("event " + event.id() + ": result " + result.status()
                    + " has no schedule to apply");
        }
        Map<String, Assignment> byMeeting = new HashMap<>();
        result.assignments().forEach(a -> byMeeting.put(meetingIds.get(a.meeting() - 1), a));
        List<Meeting> meetings = new ArrayList<>();
        for (Meeting m : event.meetings()) {
            Assignment a = byMeeting.get(m.id());
            meetings.add(a == null ? m : m.scheduledAt(slotIds.get(a.slot() - 1), tableIds.get(a.table() - 1)));
        }
        return withMeetings(event, meetings);
    }

    /**
     * Describes a result in the event's terms: the meeting, slot and table ids of each assignment.
     *
     * @param result a result of solving {@link #problem()}
     * @return the same result with the event's ids
     */
    public EventSchedule describe(ScheduleResult result) {
        List<EventSchedule.Slotted> out = new ArrayList<>();
        for (Assignment a : result.assignments()) {
            out.add(new EventSchedule.Slotted(meetingIds.get(a.meeting() - 1), slotIds.get(a.slot() - 1),
                    tableIds.get(a.table() - 1)));
        }
        return new EventSchedule(result.status(), result.totalBreaks(), result.lowerBound(), result.seconds(), out);
    }

    /**
     * Chooses meetings for the accepted requests that have none yet, with an exact selector: each participant's
     * {@code maxMeetings} (less her meetings already planned) caps her, and the event's free capacity (slots × tables
     * less the meetings already planned) caps the total. New meetings get the id {@code m-<request id>}.
     *
     * <p>Caps per session: a request can take place in the sessions of the event (its own session only, when it has
     * one) in which a slot is free for both participants. For each participant and each set of her capped sessions,
     * the chosen requests that can only take place in those sessions number at most the sum of their caps, each cap
     * less her meetings already planned that can only take place in its session (the condition an exact selector
     * such as {@code CpSatMeetingSelector} enforces). So no participant is chosen more meetings than her caps let
     * her hold, counting her alone; whether all chosen meetings fit together (tables, slots shared with counterparts,
     * precedences) is decided by the scheduler.
     *
     * @param event the event
     * @param selector an exact selector
     * @return the event with the new meetings
     */
    public static MatchmakingEvent withSelectedMeetings(MatchmakingEvent event,
            MeetingSelector selector) {
        Set<String> covered = new HashSet<>();
        Map<String, Integer> planned = new HashMap<>();
        int active = 0;
        for (Meeting m : event.meetings()) {
            if (m.status() != MeetingStatus.CANCELLED) {
                active++;
                if (m.requestId() != null) {
                    covered.add(m.requestId());
                }
                planned.merge(m.participantA(), 1, Integer::sum);
                planned.merge(m.participantB(), 1, Integer::sum);
            }
        }
        List<String> participantIds = event.participants().stream().map(Participant::id).toList();
        Map<String, Integer> participantNo = index(participantIds);
        List<CandidateRequest> open = new ArrayList<>();
        List<MeetingRequest> openSource = new ArrayList<>();
        List<Session> sessions = event.sessions();
        Map<String, Participant> byId = new HashMap<>();
        event.participants().forEach(p -> byId.put(p.id(), p));
        for (MeetingRequest r : event.acceptedRequests()) {
            if (!covered.contains(r.id())) {
                String record = "meeting request " + r.id();
                open.add(new CandidateRequest(openSource.size() + 1,
                        number(participantNo, r.requester(), record, "requester"),
                        number(participantNo, r.target(), record, "target"), r.priority(),
                        possibleSessions(sessions, byId.get(r.requester()), byId.get(r.target()), r.sessionId(),
                                null)));
                openSource.add(r);
            }
        }
        Map<String, MeetingRequest> requests = new HashMap<>();
        event.requests().forEach(r -> requests.put(r.id(), r));
        Map<List<String>, Integer> boundPlanned = new HashMap<>();
        for (Meeting m : event.meetings()) {
            if (m.status() == MeetingStatus.CANCELLED) {
                continue;
            }
            String session = m.sessionId() != null ? m.sessionId()
                    : m.requestId() != null && requests.containsKey(m.requestId())
                    ? requests.get(m.requestId()).sessionId() : null;
            String fixedSlot = m.slotId() != null && (m.fixed() || m.status() != MeetingStatus.PLANNED)
                    ? m.slotId() : null;
            Set<Integer> where = possibleSessions(sessions, byId.get(m.participantA()), byId.get(m.participantB()),
                    session, fixedSlot);
            if (where.size() == 1) {
                String only = sessions.get(where.iterator().next() - 1).id();
                boundPlanned.merge(List.of(m.participantA(), only), 1, Integer::sum);
                boundPlanned.merge(List.of(m.participantB(), only), 1, Integer::sum);
            }
        }
        List<SessionLimit> limits = new ArrayList<>();
        for (Participant p : event.participants()) {
            for (SessionCap cap : p.sessionCaps()) {
                int sessionNo = sessions.indexOf(session(event, cap.sessionId(), "participant " + p.id(),
                        "sessionCaps")) + 1;
                limits.add(SessionLimit.of(participantNo.get(p.id()), sessionNo,
                        Math.max(0, cap.maxMeetings() - boundPlanned.getOrDefault(List.of(p.id(), cap.sessionId()),
                                0))));
            }
        }
        Map<Integer, Integer> caps = new HashMap<>();
        for (Participant p : event.participants()) {
            if (p.maxMeetings() != null) {
                caps.put(participantNo.get(p.id()), Math.max(0, p.maxMeetings() - planned.getOrDefault(p.id(), 0)));
            }
        }
        int capacity = Math.max(0, event.slotsInOrder().size() * event.tables().size() - active);
        SelectionProblem.Builder selection = SelectionProblem.builder().requests(open).capacity(capacity)
                .sessionLimits(limits);
        caps.forEach(selection::cap);
        Selection chosen = selector.select(selection.build());
        List<Meeting> meetings = new ArrayList<>(event.meetings());
        for (CandidateRequest r : chosen.selected()) {
            MeetingRequest source = openSource.get(r.id() - 1);
            meetings.add(Meeting.planned("m-" + source.id(), source.requester(), source.target(), source.id()));
        }
        return withMeetings(event, meetings);
    }

    /**
     * The numbers (1-based, in the event's order) of the sessions in which a meeting can take place: the session of
     * its fixed slot, or else those (of its own session, if any) with a slot free for both participants; participants
     * not found (unknown ids are reported elsewhere) restrict nothing.
     */
    private static Set<Integer> possibleSessions(List<Session> sessions, Participant a,
            Participant b, String sessionId, String fixedSlotId) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            if (sessionId != null && !s.id().equals(sessionId)) {
                continue;
            }
            for (TimeSlot t : s.slots()) {
                // A fixed or held meeting is where it is, whatever the forbidden slots say now.
                boolean free = fixedSlotId != null ? fixedSlotId.equals(t.id())
                        : (a == null || !a.forbiddenSlots().contains(t.id()))
                        && (b == null || !b.forbiddenSlots().contains(t.id()));
                if (free) {
                    out.add(i + 1);
                    break;
                }
            }
        }
        return out;
    }

    private static MatchmakingEvent withMeetings(MatchmakingEvent e, List<Meeting> meetings) {
        return new MatchmakingEvent(e.id(), e.name(), e.zone(), e.city(), e.country(), e.sessions(), e.tables(),
                e.participants(), e.requests(), meetings, e.precedences());
    }
}
