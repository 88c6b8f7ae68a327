/**
 * Places and languages: countries by ISO 3166-1 alpha-2 code (with EEN's {@code UK} read as {@code GB}), NUTS regions
 * and ISO 639-1 languages, each validated and written to JSON as its code.
 */
package eu.adpack.core.geo;
