/**
 * Matchmaking (brokerage) events: sessions and time slots with clock times in the event's time zone, tables or
 * virtual rooms, participants with forbidden slots and caps, meeting requests with their status and priority,
 * meetings (some fixed by the organiser) and precedences between meetings: the plain facts a meeting scheduler works
 * from.
 */
package eu.adpack.core.event;
