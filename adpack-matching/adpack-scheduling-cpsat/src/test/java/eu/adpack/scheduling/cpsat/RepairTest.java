package eu.adpack.scheduling.cpsat;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.matching.schedule.DznReader;
import eu.adpack.matching.schedule.MeetingTask;
import eu.adpack.matching.schedule.RepairResult;
import eu.adpack.matching.schedule.ScheduleChanges;
import eu.adpack.matching.schedule.ScheduleChecker;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SchedulingProblem;
import eu.adpack.matching.schedule.SlotWindow;
import eu.adpack.matching.schedule.SolveOptions;
import eu.adpack.matching.schedule.SolveStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Repair after each kind of change on published originals: valid, and nothing moves that nothing forces. */
class RepairTest {

    private static final CpSatMeetingScheduler SOLVER = new CpSatMeetingScheduler();
    private static final SolveOptions OPTIONS = SolveOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(30));

    private static SchedulingProblem tic12;
    private static Map<Integer, Integer> tic12Schedule;
    private static SchedulingProblem forumt14;
    private static Map<Integer, Integer> forumt14Schedule;

    @BeforeAll
    static void schedule() throws Exception {
        tic12 = load("tic-12");
        tic12Schedule = solved(tic12);
        forumt14 = load("forumt-14");
        forumt14Schedule = solved(forumt14);
    }

    private static SchedulingProblem load(String name) throws Exception {
        return DznReader.read(Path.of(RepairTest.class.getResource("/b2b-meetings/" + name + ".original.dzn")
                .toURI())).withFairness(OptionalInt.of(2));
    }

    private static Map<Integer, Integer> solved(SchedulingProblem p) {
        ScheduleResult r = SOLVER.schedule(p, OPTIONS);
        assertThat(ScheduleChecker.violations(p, r)).isEmpty();
        return r.slotsByMeeting();
    }

    private static RepairResult repair(SchedulingProblem p, Map<Integer, Integer> before, ScheduleChanges c) {
        SchedulingProblem changed = c.applyTo(p);
        RepairResult r = SOLVER.repair(changed, before, OPTIONS);
        assertThat(r.schedule().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(ScheduleChecker.violations(changed, r.schedule())).isEmpty();
        for (RepairResult.Move m : r.moved()) {
            assertThat(before.get(m.meeting())).isEqualTo(m.fromSlot());
            assertThat(r.schedule().slotsByMeeting().get(m.meeting())).isEqualTo(m.toSlot());
        }
        Map<Integer, Integer> after = r.schedule().slotsByMeeting();
        long differing = after.entrySet().stream().filter(e -> before.containsKey(e.getKey())
                && !before.get(e.getKey()).equals(e.getValue())).count();
        assertThat(r.moved()).hasSize((int) differing);
        return r;
    }

    @Test
    void withoutChangesNothingMoves() {
        RepairResult r = repair(tic12, tic12Schedule, ScheduleChanges.NONE);
        assertThat(r.moved()).isEmpty();
        assertThat(r.schedule().slotsByMeeting()).isEqualTo(tic12Schedule);
    }

    @Test
    void aCancellationOrARemovalMovesNothingWhenNoRuleForcesIt() {
        SchedulingProblem free = forumt14.withFairness(OptionalInt.empty());
        RepairResult cancelled = repair(free, forumt14Schedule, new ScheduleChanges(List.of(7), List.of(), List.of(),
                0));
        assertThat(cancelled.moved()).isEmpty();
        assertThat(cancelled.schedule().assignments()).hasSize(free.meetings().size()
                - free.meetingsByParticipant().get(7).size());
        RepairResult removed = repair(free, forumt14Schedule, new ScheduleChanges(List.of(), List.of(1, 2, 3),
                List.of(), 0));
        assertThat(removed.moved()).isEmpty();
    }

    @Test
    void aCancellationUnderTheFairnessBoundStaysValid() {
        repair(tic12, tic12Schedule, new ScheduleChanges(List.of(5), List.of(), List.of(), 0));
    }

    @Test
    void anAddedMeetingIsPlacedAndMovesAsFewAsPossible() {
        int id = tic12.meetings().stream().mapToInt(MeetingTask::id).max().orElse(0) + 1;
        // The two participants with the fewest meetings (ties: lowest ids), who have room for one more.
        List<Integer> fewest = tic12.meetingsByParticipant().entrySet().stream()
                .sorted(Map.Entry.<Integer, List<MeetingTask>>comparingByValue(
                        java.util.Comparator.comparingInt(List::size)).thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).limit(2).toList();
        int a = fewest.get(0);
        int b = fewest.get(1);
        MeetingTask late = MeetingTask.of(id, a, b, SlotWindow.ANY);
        // Without the fairness bound, a slot free for both with a free table lets the new meeting in without moves.
        SchedulingProblem free = tic12.withFairness(OptionalInt.empty());
        RepairResult r = repair(free, tic12Schedule, new ScheduleChanges(List.of(), List.of(), List.of(late), 0));
        assertThat(r.schedule().slotsByMeeting()).containsKey(id);
        boolean roomWithoutMoves = false;
        for (int s = 1; s <= tic12.slots(); s++) {
            int slot = s;
            long load = tic12Schedule.values().stream().filter(v -> v == slot).count();
            boolean busy = tic12.meetings().stream().anyMatch(m -> (m.involves(a) || m.involves(b))
                    && tic12Schedule.get(m.id()) == slot);
            roomWithoutMoves |= load < tic12.tables() && !busy;
        }
        if (roomWithoutMoves) {
            assertThat(r.moved()).isEmpty();
        } else {
            assertThat(r.moved()).isNotEmpty();
        }
    }

    @Test
    void aLostTableMovesAtLeastOneMeetingOutOfEveryFullSlot() {
        Map<Integer, Long> load = new TreeMap<>();
        forumt14Schedule.values().forEach(s -> load.merge(s, 1L, Long::sum));
        long full = load.values().stream().filter(n -> n >= forumt14.tables()).count();
        RepairResult r = repair(forumt14, forumt14Schedule, new ScheduleChanges(List.of(), List.of(), List.of(), 1));
        assertThat(r.moved().size()).isGreaterThanOrEqualTo((int) full);
        assertThat(r.schedule().assignments()).allMatch(a -> a.table() <= forumt14.tables() - 1);
    }
}
