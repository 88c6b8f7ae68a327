/**
 * OR-Tools CP-SAT implementations for brokerage events: {@link eu.adpack.scheduling.cpsat.CpSatMeetingScheduler},
 * which gives meetings slots with a proved minimum of breaks, kept in a module of its own because CP-SAT is a native
 * library of about 100 MB that users of the rest of {@code adpack-matching} should not carry.
 */
package eu.adpack.scheduling.cpsat;
