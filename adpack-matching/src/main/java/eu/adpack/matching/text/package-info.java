/**
 * Text weighting for matching: the BM25 parameters that the matcher applies to titles, summaries and descriptions.
 */
package eu.adpack.matching.text;
