/**
 * Mission delegations (activity 4): which SMEs a fact-finding or business mission takes to a target country, chosen
 * exactly from their readiness for that country, their fit with its market (two-sided matches among the country's
 * registry profiles) and the seats, under per-cluster caps and sector coverage; each selected SME gets its shortlist
 * of counterparts, ready to become meeting requests of the mission's brokerage event.
 */
package eu.adpack.matching.mission;
