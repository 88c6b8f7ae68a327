package eu.adpack.matching.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The validator must catch every kind of violation, or the scheduler tests that rely on it prove nothing. */
class ScheduleCheckerTest {

    private static final SchedulingProblem PROBLEM = SchedulingProblem.builder().participants(4).slots(4)
            .morningSlots(2).tables(2)
            .meeting(MeetingTask.of(1, 1, 2, SlotWindow.MORNING))
            .meeting(MeetingTask.of(2, 1, 3, SlotWindow.ANY))
            .meeting(MeetingTask.of(3, 3, 4, SlotWindow.AFTERNOON).after(Set.of(2)))
            .forbid(4, 4)
            .fairness(1)
            .build();

    private static ScheduleResult result(int breaks, Assignment... a) {
        return new ScheduleResult(SolveStatus.FEASIBLE, OptionalInt.of(breaks), 0, 0, List.of(a));
    }

    @Test
    void acceptsAValidSchedule() {
        // participant 1 at 1, 2; participant 3 at 2, 3: no breaks
        assertThat(ScheduleChecker.violations(PROBLEM, result(0, new Assignment(1, 1, 1), new Assignment(2, 2, 1),
                new Assignment(3, 3, 2)))).isEmpty();
    }

    @Test
    void catchesEachKindOfViolation() {
        assertThat(ScheduleChecker.violations(PROBLEM, result(0, new Assignment(1, 1, 1), new Assignment(2, 1, 2),
                new Assignment(3, 3, 1)))).anyMatch(s -> s.contains("participant 1 double-booked"));
        assertThat(ScheduleChecker.violations(PROBLEM, result(0, new Assignment(1, 1, 1), new Assignment(2, 1, 1),
                new Assignment(3, 3, 1)))).anyMatch(s -> s.contains("table 1 used twice"));
        assertThat(ScheduleChecker.violations(PROBLEM, result(0, new Assignment(1, 3, 1), new Assignment(2, 2, 1),
                new Assignment(3, 3, 2)))).anyMatch(s -> s.contains("outside session MORNING"));
        assertThat(ScheduleChecker.violations(PROBLEM, result(0, new Assignment(1, 1, 1), new Assignment(2, 3, 1),
                new Assignment(3, 4, 1)))).anyMatch(s -> s.contains("forbidden for participant 4"));
        assertThat(ScheduleChecker.violations(PROBLEM, result(0, new Assignment(1, 1, 1), new Assignment(2, 4, 1),
                new Assignment(3, 3, 1)))).anyMatch(s -> s.contains("should precede meeting 3"));
        assertThat(ScheduleChecker.violations(PROBLEM, result(0, new Assignment(1, 1, 1), new Assignment(2, 2, 1))))
                .anyMatch(s -> s.contains("meeting 3 not scheduled"));
        assertThat(ScheduleChecker.violations(PROBLEM, result(0, new Assignment(1, 1, 1), new Assignment(2, 2, 3),
                new Assignment(3, 3, 1)))).anyMatch(s -> s.contains("table 3 out of range"));
        SchedulingProblem capped = PROBLEM.toBuilder().cap(1, 1, 2, 1).build();
        assertThat(ScheduleChecker.violations(capped, result(0, new Assignment(1, 1, 1), new Assignment(2, 2, 1),
                new Assignment(3, 3, 2)))).anyMatch(s -> s.contains("participant 1 has 2 meetings in slots 1..2"));
        SchedulingProblem fixed = PROBLEM.pin(java.util.Map.of(1, 2), List.of(1));
        assertThat(ScheduleChecker.violations(fixed, result(0, new Assignment(1, 1, 1), new Assignment(2, 2, 1),
                new Assignment(3, 3, 1)))).anyMatch(s -> s.contains("fixed at 2"));
    }

    @Test
    void recomputesBreaksAndChecksFairness() {
        SchedulingProblem open = SchedulingProblem.builder().participants(4).slots(4).morningSlots(2).tables(2)
                .meetings(PROBLEM.meetings())
                .fairness(1)
                .build();
        // participant 1 at 1 and 3: one break; participant 3 at 3 and 4: none; so the total is 1, not 0
        List<String> v = ScheduleChecker.violations(open, result(0, new Assignment(1, 1, 1),
                new Assignment(2, 3, 1), new Assignment(3, 4, 1)));
        assertThat(v).anyMatch(s -> s.contains("reported total OptionalInt[0] but the schedule has 1"));
        assertThat(ScheduleChecker.violations(open, result(1, new Assignment(1, 1, 1), new Assignment(2, 3, 1),
                new Assignment(3, 4, 1)))).isEmpty();
        SchedulingProblem strict = open.withFairness(OptionalInt.of(0));
        assertThat(ScheduleChecker.violations(strict, result(1, new Assignment(1, 1, 1), new Assignment(2, 3, 1),
                new Assignment(3, 4, 1)))).anyMatch(s -> s.contains("exceeds fairness 0"));
    }
}
