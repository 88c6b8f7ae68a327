package eu.adpack.scheduling.cpsat;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.matching.schedule.ScheduleChecker;
import eu.adpack.matching.schedule.DznReader;
import eu.adpack.matching.schedule.MeetingTask;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SchedulingProblem;
import eu.adpack.matching.schedule.SlotWindow;
import eu.adpack.matching.schedule.SolveOptions;
import eu.adpack.matching.schedule.SolveStatus;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CpSatMeetingSchedulerTest {

    private static final CpSatMeetingScheduler SCHEDULER = new CpSatMeetingScheduler();
    private static final SolveOptions OPTIONS = SolveOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(60));

    static SchedulingProblem instance(String name) throws URISyntaxException {
        return DznReader.read(Path.of(CpSatMeetingSchedulerTest.class.getResource("/b2b-meetings/" + name
                + ".original.dzn").toURI())).withFairness(OptionalInt.of(2));
    }

    private static ScheduleResult solveAndValidate(SchedulingProblem p) {
        ScheduleResult r = SCHEDULER.schedule(p, OPTIONS);
        assertThat(ScheduleChecker.violations(p, r)).isEmpty();
        return r;
    }

    @Test
    void tic12HasNoBreakAndProvesIt() throws Exception {
        ScheduleResult r = solveAndValidate(instance("tic-12"));
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.totalBreaks()).hasValue(0);
        assertThat(r.lowerBound()).isZero();
    }

    @Test
    void forumt14ReachesThePublishedOptimumOfFive() throws Exception {
        ScheduleResult r = solveAndValidate(instance("forumt-14"));
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.totalBreaks()).hasValue(5);
        assertThat(r.lowerBound()).isEqualTo(5);
    }

    @Test
    void forum13WithSessionsAndForbiddenSlotsHasNoBreak() throws Exception {
        ScheduleResult r = solveAndValidate(instance("forum-13"));
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.totalBreaks()).hasValue(0);
    }

    @Test
    void provesInfeasibility() {
        // three meetings among three participants, two slots: someone would need two meetings in one slot
        SchedulingProblem p = SchedulingProblem.builder().participants(3).slots(2).morningSlots(2).tables(3)
                .meeting(MeetingTask.of(1, 1, 2, SlotWindow.ANY))
                .meeting(MeetingTask.of(2, 2, 3, SlotWindow.ANY))
                .meeting(MeetingTask.of(3, 1, 3, SlotWindow.ANY))
                .build();
        ScheduleResult r = SCHEDULER.schedule(p, OPTIONS);
        assertThat(r.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(r.assignments()).isEmpty();
        assertThat(r.totalBreaks()).isEmpty();
    }

    @Test
    void keepsFixedMeetingsAndPrecedences() {
        SchedulingProblem p = SchedulingProblem.builder().participants(4).slots(5).morningSlots(2).tables(1)
                .meeting(MeetingTask.of(1, 1, 2, SlotWindow.ANY).fixedAt(4))
                .meeting(MeetingTask.of(2, 1, 3, SlotWindow.ANY).after(Set.of(1)))
                .meeting(MeetingTask.of(3, 3, 4, SlotWindow.MORNING))
                .build();
        ScheduleResult r = solveAndValidate(p);
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.slotsByMeeting()).containsEntry(1, 4).containsEntry(2, 5);
    }

    @Test
    void reoptimisesAfterACancellationAndALateRequestKeepingAgreedMeetings() throws Exception {
        SchedulingProblem p = instance("tic-12");
        ScheduleResult first = solveAndValidate(p);
        Map<Integer, Integer> before = first.slotsByMeeting();
        // meeting 5 is cancelled; participants 1 and 40 ask late for a meeting; meetings 1..60 were agreed
        List<Integer> agreed = before.keySet().stream().filter(id -> id <= 60 && id != 5).toList();
        SchedulingProblem changed = p.without(List.of(5))
                .with(MeetingTask.of(1000, 1, 40, SlotWindow.ANY))
                .pin(before, agreed);
        ScheduleResult second = SCHEDULER.schedule(changed, OPTIONS.withHint(before));
        assertThat(ScheduleChecker.violations(changed, second)).isEmpty();
        assertThat(second.status()).isIn(SolveStatus.OPTIMAL, SolveStatus.FEASIBLE);
        Map<Integer, Integer> after = second.slotsByMeeting();
        assertThat(agreed.stream().collect(Collectors.toMap(id -> id, after::get))).isEqualTo(
                agreed.stream().collect(Collectors.toMap(id -> id, before::get)));
        assertThat(after).containsKey(1000).doesNotContainKey(5);
    }

    @Test
    void aShortLimitStillReturnsAValidResult() throws Exception {
        SchedulingProblem p = instance("tic-13crafc");
        ScheduleResult r = SCHEDULER.schedule(p, OPTIONS.withTimeLimit(Duration.ofMillis(1500)));
        if (r.totalBreaks().isPresent()) {
            assertThat(ScheduleChecker.violations(p, r)).isEmpty();
            assertThat(r.lowerBound()).isLessThanOrEqualTo(4);
        } else {
            assertThat(r.status()).isEqualTo(SolveStatus.UNKNOWN);
        }
    }

    @Test
    void anInfeasibleProblemIsProvedSoAndTheRulesToBlameAreNamed() {
        // Meeting 2 must come before meeting 1, which is fixed in the first slot.
        SchedulingProblem p = SchedulingProblem.builder().participants(3).slots(2).tables(1)
                .meeting(MeetingTask.of(1, 1, 2, SlotWindow.ANY).fixedAt(1))
                .meeting(MeetingTask.of(2, 1, 3, SlotWindow.ANY))
                .build();
        p = p.toBuilder().meetings(List.of(p.meeting(1).after(Set.of(2)), p.meeting(2))).build();
        CpSatMeetingScheduler solver = new CpSatMeetingScheduler();
        SolveOptions options = SolveOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(10));
        assertThat(solver.schedule(p, options).status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(solver.infeasibilityReasons(p, options)).containsExactly("the precedences", "the fixed slots");
        SchedulingProblem tooFewTables = SchedulingProblem.builder().participants(4).slots(1).tables(1)
                .meeting(MeetingTask.of(1, 1, 2, SlotWindow.ANY)).meeting(MeetingTask.of(2, 3, 4, SlotWindow.ANY))
                .build();
        assertThat(solver.schedule(tooFewTables, options).status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(solver.infeasibilityReasons(tooFewTables, options)).containsExactly("the number of tables");
    }
}
