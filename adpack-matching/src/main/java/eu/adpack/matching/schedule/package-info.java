/**
 * Brokerage-event scheduling: the solver-level problem (participants, meetings with their session, slots, tables,
 * forbidden and fixed slots, precedences, a fairness bound), a reader for the published {@code .dzn} instances, the
 * result of a solve (status, total breaks, lower bound, meeting → slot → table) and the {@link
 * eu.adpack.matching.schedule.MeetingScheduler} interface that solver modules implement, so that this module carries
 * no native solver.
 */
package eu.adpack.matching.schedule;
