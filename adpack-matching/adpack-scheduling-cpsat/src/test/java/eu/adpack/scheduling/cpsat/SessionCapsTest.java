package eu.adpack.scheduling.cpsat;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.event.MatchmakingEvent;
import eu.adpack.core.event.MeetingRequest;
import eu.adpack.core.event.MeetingTable;
import eu.adpack.core.event.Participant;
import eu.adpack.core.event.RequestStatus;
import eu.adpack.core.event.SessionCap;
import eu.adpack.core.event.TimeSlot;
import eu.adpack.matching.event.Agendas;
import eu.adpack.matching.event.EventProblem;
import eu.adpack.matching.schedule.ScheduleChecker;
import eu.adpack.matching.schedule.MeetingTask;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SchedulingProblem;
import eu.adpack.matching.schedule.SlotWindow;
import eu.adpack.matching.schedule.SlotRangeCap;
import eu.adpack.matching.schedule.SolveOptions;
import eu.adpack.matching.schedule.SolveStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Caps per participant and session: in the scheduler, in the translation of an event, and in the selection. */
class SessionCapsTest {

    private static final CpSatMeetingScheduler SCHEDULER = new CpSatMeetingScheduler();
    private static final SolveOptions OPTIONS = SolveOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(30));

    @Test
    void aCapMovesAMeetingToAnotherSlotAtTheCostOfABreak() {
        // participant 1 meets 2 at slot 1 (fixed) and 3 anywhere; three slots, morning 1..2
        SchedulingProblem.Builder b = SchedulingProblem.builder().participants(3).slots(3).morningSlots(2).tables(1)
                .meeting(MeetingTask.of(1, 1, 2, SlotWindow.ANY).fixedAt(1))
                .meeting(MeetingTask.of(2, 1, 3, SlotWindow.ANY));
        ScheduleResult free = SCHEDULER.schedule(b.build(), OPTIONS);
        assertThat(free.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(free.slotsByMeeting()).containsEntry(2, 2);
        assertThat(free.totalBreaks()).hasValue(0);

        SchedulingProblem capped = b.cap(1, 1, 2, 1).build();
        ScheduleResult r = SCHEDULER.schedule(capped, OPTIONS);
        assertThat(ScheduleChecker.violations(capped, r)).isEmpty();
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.slotsByMeeting()).containsEntry(2, 3);
        assertThat(r.totalBreaks()).hasValue(1);
    }

    @Test
    void aCapBelowTheSessionBoundMeetingsIsProvedInfeasible() {
        SchedulingProblem.Builder b = SchedulingProblem.builder().participants(4).slots(4).morningSlots(3).tables(2)
                .meeting(MeetingTask.of(1, 1, 2, SlotWindow.MORNING))
                .meeting(MeetingTask.of(2, 1, 3, SlotWindow.MORNING))
                .meeting(MeetingTask.of(3, 1, 4, SlotWindow.MORNING));
        assertThat(SCHEDULER.schedule(b.build(), OPTIONS).status()).isEqualTo(SolveStatus.OPTIMAL);
        ScheduleResult r = SCHEDULER.schedule(b.cap(1, 1, 3, 2).build(), OPTIONS);
        assertThat(r.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(r.assignments()).isEmpty();
    }

    @Test
    void withoutCapsTheProblemHasNone() {
        SchedulingProblem p = SchedulingProblem.builder().participants(2).slots(2).morningSlots(1).tables(1)
                .meeting(MeetingTask.of(1, 1, 2, SlotWindow.ANY)).build();
        assertThat(p.caps()).isEmpty();
        assertThat(p.withFairness(OptionalInt.of(1)).caps()).isEmpty();
        SchedulingProblem capped = SchedulingProblem.builder().participants(2).slots(2).morningSlots(1).tables(1)
                .meeting(MeetingTask.of(1, 1, 2, SlotWindow.ANY))
                .cap(2, 1, 1, 0).build();
        assertThat(capped.pin(java.util.Map.of(1, 2), List.of(1)).without(List.of()).caps())
                .containsExactly(SlotRangeCap.of(2, 1, 1, 0));
    }

    static TimeSlot slot(String id, int h) {
        return TimeSlot.of(id, LocalTime.of(h, 0), LocalTime.of(h, 30));
    }

    /**
     * p1 accepts one meeting in the morning; two of her requests are bound to the morning, one is free. The cap leaves
     * room for one morning meeting, so the selection must drop the lesser morning request and the schedule must put the
     * free meeting in the afternoon.
     */
    static MatchmakingEvent cappedEvent() {
        LocalDate day = LocalDate.of(2026, 11, 3);
        return MatchmakingEvent.builder("shanghai-2026")
                .name("EU–China packaging mission, Shanghai")
                .zone(ZoneId.of("Asia/Shanghai"))
                .city("Shanghai")
                .session(eu.adpack.core.event.Session.of("am", "Morning", day,
                        List.of(slot("s1", 9), slot("s2", 10), slot("s3", 11))))
                .session(eu.adpack.core.event.Session.of("pm", "Afternoon", day,
                        List.of(slot("s4", 14), slot("s5", 15))))
                .table(MeetingTable.of("t1", "Table 1"))
                .table(MeetingTable.of("t2", "Table 2"))
                .participant(Participant.of("p1", "Nanoprogress z.s.", null, null)
                        .withCaps(List.of(SessionCap.of("am", 1)), null))
                .participant(Participant.of("p2", "Shanghai Film Co.", null, null))
                .participant(Participant.of("p3", "Bioplast Oy", null, null))
                .participant(Participant.of("p4", "Sensorik GmbH", null, null))
                .request(MeetingRequest.of("r1", "p1", "p2", 9, RequestStatus.ACCEPTED))
                .request(new MeetingRequest("r2", "p1", "p3", 5, RequestStatus.ACCEPTED, "am", null))
                .request(new MeetingRequest("r3", "p4", "p1", 4, RequestStatus.ACCEPTED, "am", null))
                .build();
    }

    @Test
    void anEventWithCapsGoesFromRequestsToAgendasWithinItsCaps() {
        MatchmakingEvent selected = EventProblem.withSelectedMeetings(cappedEvent(), new CpSatMeetingSelector());
        assertThat(selected.meetings()).extracting(eu.adpack.core.event.Meeting::id)
                .containsExactlyInAnyOrder("m-r1", "m-r2");

        EventProblem ep = EventProblem.of(selected, OptionalInt.empty());
        assertThat(ep.problem().caps()).containsExactly(SlotRangeCap.of(1, 1, 3, 1));
        ScheduleResult r = SCHEDULER.schedule(ep.problem(), OPTIONS);
        assertThat(ScheduleChecker.violations(ep.problem(), r)).isEmpty();
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);

        MatchmakingEvent scheduled = ep.apply(r);
        List<String> morning = List.of("s1", "s2", "s3");
        assertThat(scheduled.meetings().stream().filter(m -> m.involves("p1") && morning.contains(m.slotId())))
                .hasSize(1);
        assertThat(scheduled.meetings()).filteredOn(m -> m.id().equals("m-r2"))
                .allMatch(m -> morning.contains(m.slotId()));
        assertThat(scheduled.meetings()).filteredOn(m -> m.id().equals("m-r1"))
                .allMatch(m -> Set.of("s4", "s5").contains(m.slotId()));

        String ics = Agendas.iCalendar(scheduled, "p1", Instant.parse("2026-10-01T08:00:00Z"));
        Matcher starts = Pattern.compile("DTSTART;TZID=Asia/Shanghai:20261103T(\\d\\d)0000").matcher(ics);
        int inMorning = 0;
        int events = 0;
        while (starts.find()) {
            events++;
            if (Integer.parseInt(starts.group(1)) < 12) {
                inMorning++;
            }
        }
        assertThat(events).isEqualTo(2);
        assertThat(inMorning).isEqualTo(1);
    }
}
