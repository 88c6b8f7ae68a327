/**
 * Ambassador allocation (activity 5): which ambassador serves which SME, under each ambassador's capacity,
 * maximising the total fit exactly as a min-cost flow (JGraphT), or as a stable allocation (deferred acceptance with
 * capacities, SME-proposing) when both sides rank each other.
 */
package eu.adpack.matching.ambassador;
