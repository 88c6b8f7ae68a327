/**
 * Partner profiles: records published in B2B registries such as the Enterprise Europe Network's Partnering
 * Opportunities (business and technology offers and requests, R&amp;D requests), with their controlled values
 * (status, stage of development, IPR status, partnership types current and legacy, partner types sought) and the
 * funding-call block of R&amp;D requests.
 */
package eu.adpack.core.profile;
