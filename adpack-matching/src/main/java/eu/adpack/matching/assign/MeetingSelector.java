package eu.adpack.matching.assign;

/**
 * Chooses which meetings to hold so that the total priority is maximal under the participants' caps and the event's
 * capacity, and, when the problem has {@linkplain SelectionProblem#sessionLimits() session limits}, so that each
 * participant's selected meetings can be spread over the sessions they can take place in within her limits: for
 * every set U of her limited sessions, her selected requests whose sessions all lie in U number at most the sum of
 * U's limits (for a single session: the requests bound to it alone stay within its limit).
 *
 * <p>Why not a min-cost flow: requests join any two participants, so this is a maximum-weight b-matching on a general
 * graph with one extra cardinality constraint. A flow network needs two sides (requesters, targets); when a
 * participant both asks and is asked, splitting her into two nodes lets the flow give her more meetings than her cap,
 * and an odd cycle of requests (A–B, B–C, C–A, caps 1) has a fractional optimum of 1.5 meetings where only 1 is
 * possible. Exact implementations therefore solve the integer programme (the CP-SAT one in
 * {@code adpack-scheduling-cpsat}). Implementations are thread-safe.
 */
public interface MeetingSelector {

    /**
     * Selects the meetings to hold.
     *
     * @param problem requests, caps and capacity
     * @return a selection of maximal total priority
     */
    Selection select(SelectionProblem problem);
}
