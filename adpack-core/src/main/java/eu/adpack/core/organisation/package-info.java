/**
 * Organisations, SMEs or not: identity, size class under the EU SME definition (Recommendation 2003/361/EC), NACE
 * codes, competences, value-chain positions, offers and seeks, target markets and readiness for them, and contact
 * persons, who are personal data.
 */
package eu.adpack.core.organisation;
