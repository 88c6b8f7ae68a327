package eu.adpack.matching.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a repair: the new schedule and the meetings of the previous schedule that it moves.
 *
 * <p>The schedule's status refers to the repair's lexicographic objective: {@link SolveStatus#OPTIMAL} when no
 * schedule moves fewer meetings and, among those that move as few, none has fewer breaks; its lower bound is then
 * the bound on breaks among those schedules. JSON form (through {@code AdpackJson.standard().mapper()}, read back
 * equal): {@code {"schedule": {…as ScheduleResult…}, "moved": [{"meeting": 4, "fromSlot": 2, "toSlot": 5}]}}.
 * Immutable and thread-safe.
 *
 * @param schedule the new schedule
 * @param moved the meetings that take another slot than before, in meeting order; empty without a schedule
 */
public record RepairResult(ScheduleResult schedule, List<RepairResult.Move> moved) {

    /** Validates, sorts and copies. */
    public RepairResult {
        Objects.requireNonNull(schedule, "schedule");
        moved = moved.stream().sorted(Comparator.comparingInt(Move::meeting)).toList();
    }

    /**
     * Builds the result of a new schedule against the previous one.
     *
     * @param schedule the new schedule
     * @param previous slot per meeting id before the changes
     * @return the result with the meetings that moved
     */
    public static RepairResult of(ScheduleResult schedule, Map<Integer, Integer> previous) {
        List<Move> moved = new ArrayList<>();
        for (Assignment a : schedule.assignments()) {
            Integer before = previous.get(a.meeting());
            if (before != null && before != a.slot()) {
                moved.add(new Move(a.meeting(), before, a.slot()));
            }
        }
        return new RepairResult(schedule, moved);
    }

    /**
     * A meeting that moved. Immutable and thread-safe.
     *
     * @param meeting the meeting id
     * @param fromSlot its slot before
     * @param toSlot its slot now
     */
    public record Move(int meeting, int fromSlot, int toSlot) {
    }
}
