package eu.adpack.matching.assign;

/**
 * Chooses which meetings to hold so that the total priority is maximal under the participants' caps and the event's
 * capacity.
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
