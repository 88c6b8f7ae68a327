/**
 * Agreements of the programme (SME–SME cooperation, cooperation with intermediaries, business partnership agreements
 * with third-country stakeholders) and their lifecycle: proposed → negotiating → signed → active → completed, or
 * cancelled, each step dated; an illegal step is refused.
 */
package eu.adpack.core.agreement;
