/**
 * A core {@link eu.adpack.core.event.MatchmakingEvent} on the solvers: {@link eu.adpack.matching.event.EventProblem}
 * chooses the meetings of the accepted requests (through {@link eu.adpack.matching.assign}) and translates the event
 * into a {@link eu.adpack.matching.schedule.SchedulingProblem} and the solver's result back into the event;
 * {@link eu.adpack.matching.event.Agendas} writes a scheduled event's agendas (iCalendar per participant, printable
 * HTML with the table plan). This package sits above {@code assign} and {@code schedule}, which do not know it.
 */
package eu.adpack.matching.event;
