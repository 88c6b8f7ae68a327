package eu.adpack.matching.schedule;

/**
 * What a solve established about its schedule.
 *
 * <p>Immutable and thread-safe.
 */
public enum SolveStatus {
    /** A schedule whose total breaks is proved minimal. */
    OPTIMAL,
    /** A valid schedule, not proved minimal; the result carries the best lower bound known. */
    FEASIBLE,
    /** Proved: no schedule satisfies the constraints. */
    INFEASIBLE,
    /** Time ran out before any schedule was found, and infeasibility was not proved either. */
    UNKNOWN
}
