/**
 * Brokerage-event scheduling at solver level: the problem (participants, meetings with their session, slots, tables,
 * forbidden and fixed slots, precedences, a fairness bound), a reader for the published {@code .dzn} instances, the
 * result of a solve (status, total breaks, lower bound, meeting → slot → table), the repair of a schedule after
 * changes on the event day and the {@link eu.adpack.matching.schedule.MeetingScheduler} interface that solver modules
 * implement, so that this module carries no native solver. The translation of a core event into this problem and
 * its agendas live in {@link eu.adpack.matching.event}, above this package and {@link eu.adpack.matching.assign}.
 */
package eu.adpack.matching.schedule;
