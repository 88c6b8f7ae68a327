/**
 * The programme of a partnership: training modules and participation (whose completion feeds readiness), webinars,
 * fact-finding and business missions with their delegation and agenda, intermediaries in the target countries and
 * ambassadors in the target markets.
 */
package eu.adpack.core.programme;
