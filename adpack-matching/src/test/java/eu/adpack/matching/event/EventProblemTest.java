package eu.adpack.matching.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.matching.assign.CandidateRequest;
import eu.adpack.matching.assign.MeetingSelector;
import eu.adpack.matching.assign.Selection;
import eu.adpack.matching.assign.SelectionProblem;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SchedulingProblem;
import eu.adpack.matching.schedule.SlotRangeCap;
import eu.adpack.matching.schedule.Schedules;
import eu.adpack.matching.schedule.SolveStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventProblemTest {

    /** An exact selector by enumeration, enough for the handful of requests of a test event. */
    static final MeetingSelector ENUMERATING = problem -> {
        List<CandidateRequest> rs = problem.requests();
        List<CandidateRequest> best = List.of();
        long bestTotal = -1;
        for (int mask = 0; mask < 1 << rs.size(); mask++) {
            List<CandidateRequest> chosen = new ArrayList<>();
            Map<Integer, Integer> load = new HashMap<>();
            boolean ok = Integer.bitCount(mask) <= problem.capacity();
            long total = 0;
            for (int i = 0; i < rs.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    CandidateRequest r = rs.get(i);
                    chosen.add(r);
                    total += r.priority();
                    ok &= load.merge(r.requester(), 1, Integer::sum) <= problem.capOf(r.requester());
                    ok &= load.merge(r.target(), 1, Integer::sum) <= problem.capOf(r.target());
                }
            }
            if (ok && total > bestTotal) {
                best = chosen;
                bestTotal = total;
            }
        }
        return new Selection(best, bestTotal);
    };

    @Test
    void selectsMeetingsForAcceptedRequestsOnly() {
        MatchmakingEvent e = EventProblem.withSelectedMeetings(SampleEvent.event(), ENUMERATING);
        assertThat(e.meetings()).extracting(eu.adpack.core.event.Meeting::id)
                .containsExactly("m0", "m-r1", "m-r2", "m-r3");
    }

    @Test
    void respectsParticipantCapsWhenSelecting() {
        MatchmakingEvent capped = SampleEvent.event().toBuilder().build();
        List<eu.adpack.core.event.Participant> ps = new ArrayList<>(capped.participants());
        ps.set(0, ps.get(0).withCaps(List.of(), 2));
        capped = new MatchmakingEvent(capped.id(), capped.name(), capped.zone(), capped.city(), capped.country(),
                capped.sessions(), capped.tables(), ps, capped.requests(), capped.meetings(), capped.precedences());
        // p1 already has m0, so one more: r1 (priority 9) rather than r2 (5)
        MatchmakingEvent e = EventProblem.withSelectedMeetings(capped, ENUMERATING);
        assertThat(e.meetings()).extracting(eu.adpack.core.event.Meeting::id).containsExactly("m0", "m-r1", "m-r3");
    }

    @Test
    void numbersSlotsInTimeOrderAndCarriesConstraintsOver() {
        MatchmakingEvent e = SampleEvent.withPrecedence(EventProblem.withSelectedMeetings(SampleEvent.event(),
                ENUMERATING));
        EventProblem ep = EventProblem.of(e, OptionalInt.of(2));
        SchedulingProblem p = ep.problem();
        assertThat(ep.slotIds()).containsExactly("s1", "s2", "s3", "s4", "s5");
        assertThat(ep.tableIds()).containsExactly("t1", "v1");
        assertThat(p.participants()).isEqualTo(4);
        assertThat(p.tables()).isEqualTo(2);
        assertThat(p.fairness()).hasValue(2);
        assertThat(p.meeting(1).fixedSlot()).hasValue(2);
        assertThat(p.meeting(4).allowedSlots()).isEqualTo(Set.of(4, 5));
        assertThat(p.meeting(3).predecessors()).containsExactly(1);
        assertThat(p.forbiddenSlots()).isEqualTo(Map.of(3, Set.of(1)));
    }

    @Test
    void writesTheScheduleBackWithTheEventsIds() {
        MatchmakingEvent e = EventProblem.withSelectedMeetings(SampleEvent.event(), ENUMERATING);
        EventProblem ep = EventProblem.of(e, OptionalInt.empty());
        Map<Integer, Integer> slots = Map.of(1, 2, 2, 1, 3, 3, 4, 4);
        ScheduleResult r = new ScheduleResult(SolveStatus.FEASIBLE, OptionalInt.of(
                Schedules.totalBreaks(ep.problem(), slots)), 0, 0.1,
                Schedules.assignTables(ep.problem(), slots, true));
        MatchmakingEvent scheduled = ep.apply(r);
        assertThat(scheduled.meetings()).extracting(eu.adpack.core.event.Meeting::slotId)
                .containsExactly("s2", "s1", "s3", "s4");
        assertThat(scheduled.meetings()).allMatch(m -> m.tableId() != null);
        assertThat(scheduled.validate()).isEmpty();
        assertThatThrownBy(() -> ep.apply(ScheduleResult.withoutSchedule(SolveStatus.UNKNOWN, 0, 1)))
                .hasMessageContaining("no schedule");
    }

    @Test
    void namesUnknownReferences() {
        MatchmakingEvent e = SampleEvent.event().toBuilder()
                .meeting(eu.adpack.core.event.Meeting.planned("m9", "p1", "p2", null).fixedAt("s9")).build();
        assertThatThrownBy(() -> EventProblem.of(e, OptionalInt.empty()))
                .hasMessageContainingAll("meeting m9", "slotId", "'s9'", "unknown");
    }

    private static MatchmakingEvent withCap(MatchmakingEvent e, String participant, String session, int cap) {
        List<eu.adpack.core.event.Participant> ps = e.participants().stream().map(p -> p.id().equals(participant)
                ? p.withCaps(List.of(eu.adpack.core.event.SessionCap.of(session, cap)), null) : p).toList();
        return new MatchmakingEvent(e.id(), e.name(), e.zone(), e.city(), e.country(), e.sessions(), e.tables(), ps,
                e.requests(), e.meetings(), e.precedences());
    }

    @Test
    void carriesCapsPerSessionOverToTheProblemAndTheSelection() {
        MatchmakingEvent e = withCap(SampleEvent.event(), "p1", "am", 1);
        List<SelectionProblem> seen = new ArrayList<>();
        EventProblem.withSelectedMeetings(e, problem -> {
            seen.add(problem);
            return ENUMERATING.select(problem);
        });
        // m0 (p1, fixed at s2) already fills p1's morning; r1 and r2 may go to either session (p3 forbids only s1);
        // r3 is bound to the afternoon
        assertThat(seen.get(0).sessionLimits()).containsExactly(eu.adpack.matching.assign.SessionLimit.of(1, 1, 0));
        assertThat(seen.get(0).requests()).extracting(CandidateRequest::sessions)
                .containsExactly(Set.of(1, 2), Set.of(1, 2), Set.of(2));
        assertThat(EventProblem.of(e, OptionalInt.empty()).problem().caps())
                .containsExactly(SlotRangeCap.of(1, 1, 3, 1));
    }

    @Test
    void rejectsACapThatFixedMeetingsBreakOrThatNamesNoSession() {
        assertThatThrownBy(() -> EventProblem.of(withCap(SampleEvent.event(), "p1", "am", 0), OptionalInt.empty()))
                .hasMessageContainingAll("event toronto-2026", "participant 1", "1 fixed meetings", "at most 0");
        assertThatThrownBy(() -> EventProblem.of(withCap(SampleEvent.event(), "p1", "night", 1), OptionalInt.empty()))
                .hasMessageContainingAll("participant p1", "sessionCaps", "'night'");
    }
}
