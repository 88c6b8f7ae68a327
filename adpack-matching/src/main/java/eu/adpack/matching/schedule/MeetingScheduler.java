package eu.adpack.matching.schedule;

/**
 * A solver that gives every meeting of a {@link SchedulingProblem} a slot and a table, minimising the total number of
 * breaks.
 *
 * <p>Implementations live in their own modules (the CP-SAT one in {@code adpack-scheduling-cpsat}) so that this
 * module carries no native solver. Implementations must be thread-safe: one instance may serve concurrent solves.
 */
public interface MeetingScheduler {

    /**
     * Solves a problem.
     *
     * @param problem the problem
     * @param options time limit, workers, seed, table policy, starting schedule
     * @return the result; never null, whatever the status
     */
    ScheduleResult schedule(SchedulingProblem problem, SolveOptions options);
}
