/**
 * Text analysis for matching: an English analyser (lower-casing, stop words, Porter stemming) and the BM25 weighting
 * that the matcher uses for titles, summaries and descriptions.
 */
package eu.adpack.matching.text;
