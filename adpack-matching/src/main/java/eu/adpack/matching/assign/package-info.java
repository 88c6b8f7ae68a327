/**
 * Allocation under capacities for brokerage events: which of the accepted meeting requests to hold, given a cap of
 * meetings per participant (and, optionally, per session) and the event's capacity (slots × tables), maximising the
 * total priority. The problem and result types live here; exact solvers implement
 * {@link eu.adpack.matching.assign.MeetingSelector} (the CP-SAT one in {@code adpack-scheduling-cpsat}).
 */
package eu.adpack.matching.assign;
