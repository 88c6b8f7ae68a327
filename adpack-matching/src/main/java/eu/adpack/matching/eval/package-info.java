/**
 * Evaluation of rankings against labelled pairs: precision@k, recall@k, nDCG@k and mean reciprocal rank.
 */
package eu.adpack.matching.eval;
