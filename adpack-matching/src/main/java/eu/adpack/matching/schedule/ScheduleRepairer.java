package eu.adpack.matching.schedule;

import java.util.Map;

/**
 * Re-schedules after changes on the event day, keeping as many meetings as possible in the slots they had: the
 * objective is lexicographic, first the number of moved meetings (meetings of the previous schedule that take
 * another slot), then the total breaks. Meetings that nothing forces to move keep their slots. Implementations are
 * thread-safe (the CP-SAT one is in {@code adpack-scheduling-cpsat}).
 */
public interface ScheduleRepairer {

    /**
     * Repairs a schedule.
     *
     * @param changed the problem after the changes (see {@link ScheduleChanges#applyTo})
     * @param previous slot per meeting id of the schedule before the changes; ids no longer in the problem are
     *     ignored, meetings without an entry (new ones) count as free
     * @param options time limit, workers and seed
     * @return the new schedule and the meetings that moved
     */
    RepairResult repair(SchedulingProblem changed, Map<Integer, Integer> previous, SolveOptions options);
}
