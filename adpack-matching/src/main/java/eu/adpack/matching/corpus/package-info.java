/**
 * A reproducible synthetic population of registry profiles and SMEs, drawn from the real EEN keyword taxonomies and
 * NACE Rev. 2, for tests and benchmarks of matching.
 */
package eu.adpack.matching.corpus;
