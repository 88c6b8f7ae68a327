/**
 * Brokerage-event scheduling: the solver-level problem (participants, meetings with their session, slots, tables,
 * forbidden and fixed slots, precedences, a fairness bound), a reader for the published {@code .dzn} instances, the
 * translation of a core {@link eu.adpack.core.event.MatchmakingEvent} into that problem and back, the result of a
 * solve (status, total breaks, lower bound, meeting → slot → table), the agendas of a scheduled event (iCalendar per
 * participant, printable HTML with the table plan) and the {@link eu.adpack.matching.schedule.MeetingScheduler}
 * interface that solver modules implement, so that this module carries no native solver.
 */
package eu.adpack.matching.schedule;
