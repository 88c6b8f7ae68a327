/**
 * Indicators: the programme's figures for reports (SMEs trained, missions and delegations, meetings held, agreements
 * by type, status and country, countries reached, share of cross-sector agreements), computed from the model and
 * never typed in.
 */
package eu.adpack.core.indicator;
